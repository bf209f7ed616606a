package org.mekong.mpm.release;

import java.util.List;

/**
 * The review pack's {@code index.html}: one page with inline CSS and nothing fetched from anywhere,
 * so it opens offline and prints readably. Tables: what changed, each quarter's totals side by side
 * (the disaggregated rows are in {@code indicator_values.csv}), return exceptions, data quality.
 */
final class ReviewPage {
  private static final String CSS = """
      body{font-family:sans-serif;font-size:12px;margin:1.5em;color:#222}
      h1{font-size:18px}h2{font-size:15px;margin-top:1.6em;border-bottom:1px solid #999}
      table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:2px 6px;text-align:left}
      th{background:#eee}td.n{text-align:right}tr.diff td{background:#fff3cd}.note{color:#555}
      @media print{body{margin:0;font-size:9px}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
      """;

  private ReviewPage() {}

  static String render(Release r, String country, String previous, List<List<Object>> sideBySide,
      List<ReviewPack.Change> changes, List<List<Object>> exceptions, List<List<Object>> quality) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Review pack ")
        .append(esc(country)).append(' ').append(esc(r.runId())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n");
    b.append("<h1>Review pack: ").append(esc(country)).append(", release ").append(esc(r.runId())).append("</h1>\n");
    b.append("<table>");
    row(b, "th", "Release", r.runId());
    row(b, "th", "State", r.state().name());
    row(b, "th", "Quarters", r.quarterFrom() + " to " + r.quarterTo());
    row(b, "th", "Countries and approvals", r.approvalMarks());
    Release.Submission s = r.submissions().get(country);
    row(b, "th", "Submission of " + country, s == null ? "none" : "extract of " + s.extractDate());
    row(b, "th", "Compared with", previous == null ? "nothing published yet" : "published release " + previous);
    b.append("</table>\n<p class=\"note\">Restricted material: this pack holds ").append(esc(country))
        .append("'s rows only. Keep it on the reviewing officer's machine. To approve: <code>mpm approve --release ")
        .append(esc(r.runId())).append(" --country ").append(esc(country)).append(" --by ROLE</code>.</p>\n");

    b.append("<h2>What changed since the published release (").append(changes.size()).append(" rows)</h2>\n");
    if (previous == null) {
      b.append("<p>Nothing has been published yet: every row below is new.</p>\n");
    } else if (changes.isEmpty()) {
      b.append("<p>No row differs from the published release.</p>\n");
    } else {
      b.append("<p class=\"note\">restricted = the unsuppressed figures; public = what donors see after"
          + " disclosure control. Reason SUPPRESSION_PATTERN: only the suppression changed.</p>\n");
      table(b, ReviewPack.changeHeader(), changes.stream().map(ReviewPack::changeRow).toList(), false);
    }

    b.append("<h2>Totals by quarter: restricted and public side by side</h2>\n<p class=\"note\">Highlighted:"
        + " rows where the public figures differ from the restricted ones (suppressed). Every disaggregation is"
        + " in indicator_values.csv.</p>\n");
    List<String> header = ReviewPack.sideBySideHeader();
    List<List<Object>> totals = sideBySide.stream().filter(ReviewPage::isTotal).toList();
    table(b, header, totals, true);

    b.append("<h2>Return exceptions (").append(exceptions.size()).append(")</h2>\n");
    table(b, List.of("case_id", "bilateral_ref", "departure_date", "counterpart_country"), exceptions, false);
    b.append("<h2>Data quality of ").append(esc(country)).append("'s submissions</h2>\n");
    table(b, List.of("country", "extract_date", "file", "reason_code", "level", "rows_checked", "rows_failed"),
        quality, false);
    b.append("</body></html>\n");
    return b.toString();
  }

  private static boolean isTotal(List<Object> line) {
    for (int i = 3; i < Revisions.KEY.size(); i++) if (!"ALL".equals(line.get(i))) return false;
    return true;
  }

  private static void table(StringBuilder b, List<String> header, List<List<Object>> rows, boolean markDiff) {
    b.append("<table><tr>");
    for (String h : header) b.append("<th>").append(esc(h)).append("</th>");
    b.append("</tr>\n");
    int half = ReviewPack.NUMBERS.size();
    for (List<Object> r : rows) {
      boolean diff = markDiff && !r.subList(r.size() - 2 * half, r.size() - half).equals(r.subList(r.size() - half, r.size()));
      b.append(diff ? "<tr class=\"diff\">" : "<tr>");
      for (Object v : r) {
        b.append(v instanceof Number ? "<td class=\"n\">" : "<td>").append(esc(ReviewPack.format(v))).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void row(StringBuilder b, String th, String k, String v) {
    b.append("<tr><").append(th).append('>').append(esc(k)).append("</").append(th).append("><td>").append(esc(v))
        .append("</td></tr>");
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
