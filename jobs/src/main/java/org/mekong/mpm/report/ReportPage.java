package org.mekong.mpm.report;

import static org.mekong.mpm.report.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mekong.mpm.indicators.IndicatorTable;
import org.mekong.mpm.report.MartRows.Row;

/**
 * The regional report as one self-contained HTML page: tables written here, charts drawn in the
 * browser by ECharts from the embedded JSON, styles and scripts inline, nothing fetched.
 */
final class ReportPage {
  private final ReportContent c;
  private final StringBuilder h = new StringBuilder(64 * 1024);

  private ReportPage(ReportContent c) {
    this.c = c;
  }

  /**
   * @param css the style sheet, {@code echarts} and {@code script} the chart library and the report's
   *     drawing code, inlined as they are
   */
  static String render(ReportContent c, LocalDate generated, String css, String echarts, String echartsVersion,
      String script) {
    ReportPage p = new ReportPage(c);
    p.open(css);
    p.cover(generated);
    p.headline();
    p.figures();
    p.trends();
    p.corridors();
    p.retrafficking();
    p.coverage();
    p.definitions();
    p.release();
    p.close(generated, echarts, echartsVersion, script);
    return p.h.toString();
  }

  // ---- frame -------------------------------------------------------------------------------------

  private void open(String css) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // belt and braces for air-gapped reading: the page may load nothing from anywhere
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>Mekong Protection Monitor — regional report, release ").append(esc(c.releaseId()))
        .append("</title>\n<style>\n").append(css).append("\n</style>\n</head>\n<body>\n<main>\n");
  }

  private void close(LocalDate generated, String echarts, String echartsVersion, String script) {
    h.append("<footer>Generated on ").append(generated).append(" by <code>mpm report</code> from the public tier of release ")
        .append(esc(c.releaseId())).append(". Charts drawn with Apache ECharts ").append(esc(echartsVersion))
        .append(" (Apache License 2.0), embedded in this file.</footer>\n</main>\n");
    h.append("<script type=\"application/json\" id=\"report-data\">")
        .append(Html.scriptJson(ReportData.build(c).toString())).append("</script>\n");
    h.append("<script>\n").append(Html.scriptSource(echarts)).append("\n</script>\n");
    h.append("<script>\n").append(Html.scriptSource(script)).append("\n</script>\n</body>\n</html>\n");
  }

  private void section(Section s) {
    h.append("<section id=\"").append(s.id).append("\">\n<h2>").append(esc(s.heading())).append("</h2>\n");
  }

  private void endSection() {
    h.append("</section>\n");
  }

  private void p(String text) {
    h.append("<p>").append(text).append("</p>\n");
  }

  private void chart(String kind, String indicator, String cssClass) {
    h.append("<div class=\"chart ").append(cssClass).append("\" data-chart=\"").append(kind).append('"');
    if (indicator != null) h.append(" data-indicator=\"").append(esc(indicator)).append('"');
    h.append("></div>\n");
  }

  // ---- cover and first page ----------------------------------------------------------------------

  private void cover(LocalDate generated) {
    List<String> quarters = c.totals().quarters();
    h.append("<header>\n<h1>Mekong Protection Monitor<br><span>Regional report on victim protection in the ")
        .append("Greater Mekong Sub-region</span></h1>\n<p class=\"meta\">Release <b>").append(esc(c.releaseId()))
        .append("</b>");
    if (!quarters.isEmpty()) {
      h.append(" · quarters ").append(quarters.get(0)).append("–").append(quarters.get(quarters.size() - 1));
    }
    dataAsOf().ifPresent(d -> h.append(" · data as of ").append(esc(d)));
    h.append(" · published figures only, after disclosure control</p>\n</header>\n");
  }

  private Optional<String> dataAsOf() {
    List<LocalDate> dates = currentSubmissions().values().stream()
        .map(r -> (LocalDate) r.get("extract_date")).sorted().toList();
    if (dates.isEmpty()) return Optional.empty();
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    return Optional.of(first.equals(last) ? first.toString() : first + " to " + last);
  }

  private void headline() {
    section(Section.HEADLINE);
    Optional<String> year = c.totals().lastYear();
    Optional<String> quarter = c.totals().latestQuarter();
    List<String> rates = rateIndicators();
    List<String> lead = c.totals().leadPeriods();
    StringBuilder summary = new StringBuilder();
    for (String period : lead) {
      long met = 0;
      long judged = 0;
      for (String id : rates) {
        Optional<Row> r = c.totals().get(period, id, TotalRows.ALL);
        String st = r.map(x -> x.str("status")).orElse("");
        if (st.equals("MET") || st.equals("NOT_MET")) judged++;
        if (st.equals("MET")) met++;
      }
      if (summary.length() > 0) summary.append("; ");
      summary.append("in <b>").append(esc(period)).append("</b> the region met <b>").append(met).append(" of ")
          .append(judged).append("</b> headline targets");
    }
    p("Each panel shows one headline indicator for every country and the region: the dot is the published "
        + "value, the bar its 95&nbsp;% interval, the dashed line the regional target. "
        + (summary.length() == 0 ? "" : "In short: " + summary + "."));
    if (year.isEmpty()) {
      p("<b>No annual figures are published in this release</b> (" + (c.totals().hasAnnualColumn()
          ? "no calendar year lies wholly within the reported quarters" : "the warehouse publishes quarters only")
          + "); the panels show the latest quarter.");
    }
    h.append("<p class=\"key\">");
    year.ifPresent(y -> h.append("<span class=\"dot year\"></span> year ").append(esc(y)).append(" &nbsp; "));
    quarter.ifPresent(q -> h.append("<span class=\"dot ").append(year.isPresent() ? "quarter" : "year")
        .append("\"></span> quarter ").append(esc(q)).append(" &nbsp; "));
    h.append("<span class=\"bar\"></span> 95&nbsp;% interval &nbsp; <span class=\"target\"></span> target"
        + " &nbsp; colour: <span class=\"met\">met</span> / <span class=\"notmet\">not met</span> / no target</p>\n");
    h.append("<div class=\"grid lead\">\n");
    for (String id : rates) {
      h.append("<figure>\n<figcaption><b>").append(esc(id)).append("</b> ").append(esc(name(id)))
          .append(" <span class=\"target-text\">target ").append(esc(targetText(id))).append("</span></figcaption>\n");
      chart("lead", id, "lead-chart");
      gapNote(id, lead);
      h.append("</figure>\n");
    }
    h.append("</div>\n");
    endSection();
  }

  /** Headline indicators with a rate or a duration (the volumes are counts, shown in the tables). */
  private List<String> rateIndicators() {
    return c.headline().stream().filter(id -> !"count".equals(unit(id))).toList();
  }

  /** Lists, under a chart, the countries and periods it cannot show and why. */
  private void gapNote(String indicator, List<String> periods) {
    Map<String, Map<String, List<String>>> byReason = new LinkedHashMap<>();
    for (String period : periods) {
      for (String country : c.totals().countriesAndRegion()) {
        Optional<Row> r = c.totals().get(period, indicator, country);
        String gap = r.map(x -> x.dbl("value") == null ? Cells.gap(x.str("status")) : null).orElse(null);
        if (gap == null) continue;
        byReason.computeIfAbsent(gap, k -> new TreeMap<>()).computeIfAbsent(country, k -> new ArrayList<>()).add(period);
      }
    }
    if (byReason.isEmpty()) return;
    h.append("<p class=\"gaps\">Not shown: ");
    List<String> parts = new ArrayList<>();
    byReason.forEach((reason, byCountry) -> parts.add("<i>" + reason + "</i> " + byCountry.entrySet().stream()
        .map(e -> esc(e.getKey()) + (periods.size() > 1 ? " " + shortPeriods(e.getValue(), periods) : ""))
        .collect(Collectors.joining(", "))));
    h.append(String.join("; ", parts)).append("</p>\n");
  }

  private static String shortPeriods(List<String> shown, List<String> all) {
    if (shown.size() == all.size() && all.size() > 2) return "(all)";
    return "(" + String.join(", ", shown) + ")";
  }

  // ---- tables ------------------------------------------------------------------------------------

  private void figures() {
    section(Section.FIGURES);
    p("Published values with their 95&nbsp;% interval (Wilson for percentages, the median's order-statistic "
        + "interval for days); ✓ target met, ✗ not met. Counts (VOL) have no target. Blank words say why a figure "
        + "is missing (see section 6).");
    List<String> lead = c.totals().leadPeriods();
    if (lead.isEmpty()) p("This release publishes no indicator values.");
    for (String period : lead) {
      h.append("<h3>").append(esc(period)).append(period.contains("Q") ? " (latest quarter)" : " (last complete year)")
          .append("</h3>\n<table class=\"figures\">\n<thead><tr><th>indicator</th><th>target</th>");
      for (String country : c.totals().countriesAndRegion()) {
        h.append("<th>").append(esc(country.equals(TotalRows.ALL) ? "Region" : country)).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (String id : c.headline()) {
        h.append("<tr><th title=\"").append(esc(name(id))).append("\">").append(esc(id)).append("</th><td>")
            .append(esc(targetText(id))).append("</td>");
        for (String country : c.totals().countriesAndRegion()) {
          Row r = c.totals().get(period, id, country).orElse(null);
          figureCell(period, id, country, TotalRows.ALL, r);
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    endSection();
  }

  /** One figure; {@code data-row} names the public row it comes from (period|indicator|country|counterpart). */
  private void figureCell(String period, String indicator, String country, String counterpart, Row r) {
    String status = r == null ? null : r.str("status");
    boolean shown = r != null && r.dbl("value") != null;
    h.append("<td data-row=\"").append(esc(period + "|" + indicator + "|" + country + "|" + counterpart))
        .append("\" class=\"").append(shown ? cssStatus(status) : "gap").append("\">");
    h.append(esc(Cells.valueWithInterval(r)));
    if (shown && !Cells.mark(status).isEmpty()) h.append(" ").append(Cells.mark(status));
    h.append("</td>");
  }

  private static String cssStatus(String status) {
    return switch (status == null ? "" : status) {
      case "MET" -> "met";
      case "NOT_MET" -> "notmet";
      default -> "plain";
    };
  }

  // ---- trends ------------------------------------------------------------------------------------

  private void trends() {
    section(Section.TRENDS);
    p("One panel per headline indicator, quarter by quarter: each country is a line, the region the thick "
        + "black line, the dashed line the target. A line is broken where a quarter has no published figure; "
        + "the note under each panel says why (<i>suppressed</i>: too few persons to publish safely; "
        + "<i>no data</i>: no one in the population that quarter; <i>no submission</i>: the country's data "
        + "do not cover the quarter).");
    h.append("<p class=\"key\" id=\"country-key\">");
    for (String country : c.totals().countriesAndRegion()) {
      h.append("<span class=\"swatch c-").append(esc(country)).append("\"></span>")
          .append(esc(Cells.countryName(country))).append(" &nbsp; ");
    }
    h.append("</p>\n<div class=\"grid trends\">\n");
    for (String id : c.headline()) {
      h.append("<figure>\n<figcaption><b>").append(esc(id)).append("</b> ").append(esc(name(id)))
          .append(" <span class=\"target-text\">").append(esc(unitText(id))).append("</span></figcaption>\n");
      chart("trend", id, "trend-chart");
      gapNote(id, c.totals().quarters());
      h.append("</figure>\n");
    }
    h.append("</div>\n");
    endSection();
  }

  // ---- corridors ---------------------------------------------------------------------------------

  private void corridors() {
    section(Section.CORRIDORS);
    String period = c.corridorPeriod().orElse("—");
    p("Returns between the six countries in <b>" + esc(period) + "</b>, sending country down the side, receiving "
        + "country across the top. <b>RET-07</b>: of the returns a sending country recorded, the percentage the "
        + "receiving country confirmed receiving. <b>RET-08</b>: of the receptions a receiving country recorded, "
        + "the percentage matched by the sending country's departure record. A grey cell is suppressed (too few "
        + "returns to publish); an empty cell had no return in that corridor or no data from the counterpart.");
    if (c.corridorRows().isEmpty()) {
      p("No corridor figures are published for this period.");
    } else {
      for (String id : ReportData.CORRIDOR_INDICATORS) {
        h.append("<figure>\n<figcaption><b>").append(esc(id)).append("</b> ").append(esc(name(id)))
            .append(" <span class=\"target-text\">target ").append(esc(targetText(id))).append("</span></figcaption>\n");
        chart("corridor", id, "corridor-chart");
        h.append("</figure>\n");
      }
    }
    endSection();
  }

  // ---- re-trafficking ----------------------------------------------------------------------------

  private void retrafficking() {
    section(Section.RETRAFFICKING);
    p("The share of returnees not re-trafficked, by days since their reception (Kaplan–Meier estimate over "
        + "all returnees of the current submissions, all reception years pooled), with its 95&nbsp;% band for "
        + "the region. A curve stops where fewer persons remain at risk than disclosure control allows to "
        + "publish. REI-04 in section 2 gives the same risk as a rate over each quarter's 12-month cohort.");
    chart("survival", null, "survival-chart");
    int[] days = {90, 180, 365, 730};
    h.append("<table class=\"figures\">\n<thead><tr><th>not re-trafficked after</th>");
    for (int d : days) h.append("<th>").append(d).append(" days</th>");
    h.append("</tr></thead>\n<tbody>\n");
    for (String country : c.totals().countriesAndRegion()) {
      List<Row> curve = c.tier().survival().stream()
          .filter(r -> country.equals(r.str("country")) && TotalRows.ALL.equals(r.str("reception_year")))
          .sorted((a, b) -> Long.compare(a.lng("day"), b.lng("day"))).toList();
      if (curve.isEmpty()) continue;
      h.append("<tr><th>").append(esc(Cells.countryName(country))).append("</th>");
      for (int d : days) h.append("<td>").append(esc(survivalAt(curve, d))).append("</td>");
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n<p class=\"gaps\">— : past the last day the table publishes (no one is known to be "
        + "followed that long); suppressed: the tail of the curve is withheld (too few persons still followed).</p>\n");
    endSection();
  }

  /**
   * The published estimate at day {@code d}: that of the last event day on or before it; "suppressed"
   * where that row is withheld, "—" past the last published row (no one may be followed that long).
   */
  static String survivalAt(List<Row> curve, int d) {
    String shown = "100.0 %";
    for (Row r : curve) {
      if (r.lng("day") > d) return shown;
      if (r.dbl("survival") == null) return "suppressed";
      shown = Cells.number(100 * r.dbl("survival"), "percent") + " %";
    }
    return curve.get(curve.size() - 1).lng("day") == d ? shown : "—";
  }

  // ---- coverage ----------------------------------------------------------------------------------

  /** Each country's current (accepted, newest) submission. */
  private Map<String, Row> currentSubmissions() {
    Map<String, Row> current = new TreeMap<>();
    for (Row r : c.tier().submissions()) {
      if (!"ACCEPTED".equals(r.str("status"))) continue;
      Row seen = current.get(r.str("country"));
      if (seen == null || ((LocalDate) r.get("extract_date")).isAfter((LocalDate) seen.get("extract_date"))) {
        current.put(r.str("country"), r);
      }
    }
    return current;
  }

  private void coverage() {
    section(Section.COVERAGE);
    p("Which countries' data the figures rest on. <b>Data as of</b> is the extract date of the country's current "
        + "submission: events after it are not yet known. <b>Rows quarantined</b> were rejected by the extract "
        + "checks and left out (they are kept, restricted, for the national office to correct).");
    Map<String, Row> current = currentSubmissions();
    h.append("<table class=\"figures\">\n<thead><tr><th>country</th><th>current submission</th><th>data as of</th>"
        + "<th>cases</th><th>events</th><th>rows quarantined</th><th>rows with warnings</th><th>other submissions</th>"
        + "</tr></thead>\n<tbody>\n");
    List<String> countries = new ArrayList<>(IndicatorTable.COMMIT_COUNTRIES);
    c.tier().submissions().stream().map(r -> r.str("country")).filter(x -> !countries.contains(x)).distinct()
        .sorted().forEach(countries::add);
    for (String country : countries) {
      Row cur = current.get(country);
      long warnings = c.tier().dataQuality().stream()
          .filter(r -> cur != null && country.equals(r.str("country")) && cur.get("extract_date").equals(r.get("extract_date"))
              && "warning".equals(r.str("level")))
          .mapToLong(r -> r.lng("rows_failed") == null ? 0 : r.lng("rows_failed")).sum();
      h.append("<tr><th>").append(esc(country)).append(" ").append(esc(Cells.countryName(country))).append("</th>");
      if (cur == null) {
        h.append("<td class=\"gap\">no submission</td><td></td><td></td><td></td><td></td><td></td>");
      } else {
        h.append("<td>accepted</td><td>").append(cur.get("extract_date")).append("</td><td>")
            .append(Cells.number(cur.dbl("cases"), "count")).append("</td><td>")
            .append(Cells.number(cur.dbl("events"), "count")).append("</td><td>")
            .append(Cells.number(cur.dbl("rows_rejected"), "count")).append("</td><td>")
            .append(Cells.number((double) warnings, "count")).append("</td>");
      }
      String others = c.tier().submissions().stream()
          .filter(r -> country.equals(r.str("country")) && r != cur)
          .sorted((a, b) -> ((LocalDate) b.get("extract_date")).compareTo((LocalDate) a.get("extract_date")))
          .map(r -> r.str("status").toLowerCase() + " " + r.get("extract_date")
              + (r.str("reason") == null ? "" : " (" + r.str("reason") + ")"))
          .collect(Collectors.joining("; "));
      h.append("<td>").append(esc(others)).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");

    // quarters each country's data cover, from the total rows of the first headline indicator
    List<String> quarters = c.totals().quarters();
    if (!quarters.isEmpty() && !c.headline().isEmpty()) {
      String probe = c.headline().get(0);
      h.append("<h3>Quarters covered</h3>\n<table class=\"figures coverage\">\n<thead><tr><th>country</th>");
      for (String q : quarters) h.append("<th>").append(esc(q)).append("</th>");
      h.append("</tr></thead>\n<tbody>\n");
      for (String country : c.totals().countriesAndRegion()) {
        if (country.equals(TotalRows.ALL)) continue;
        h.append("<tr><th>").append(esc(country)).append("</th>");
        for (String q : quarters) {
          String st = c.totals().get(q, probe, country).map(r -> r.str("status")).orElse("NO_SUBMISSION");
          h.append(st.equals("NO_SUBMISSION") ? "<td class=\"gap\">no submission</td>" : "<td>✓</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }

    h.append("<h3>Checks that failed, by reason</h3>\n");
    List<Row> dq = c.tier().dataQuality().stream()
        .filter(r -> current.containsKey(r.str("country"))
            && current.get(r.str("country")).get("extract_date").equals(r.get("extract_date")))
        .sorted((a, b) -> (a.str("country") + a.str("level") + a.str("reason_code") + a.str("file"))
            .compareTo(b.str("country") + b.str("level") + b.str("reason_code") + b.str("file")))
        .toList();
    if (dq.isEmpty()) {
      p("No row was rejected and no warning was raised in the current submissions.");
    } else {
      h.append("<table class=\"figures\">\n<thead><tr><th>country</th><th>file</th><th>reason code</th><th>effect</th>"
          + "<th>rows</th><th>of rows checked</th></tr></thead>\n<tbody>\n");
      for (Row r : dq) {
        h.append("<tr><td>").append(esc(r.str("country"))).append("</td><td>").append(esc(r.str("file")))
            .append("</td><td>").append(esc(r.str("reason_code"))).append("</td><td>")
            .append("row_rejected".equals(r.str("level")) ? "row quarantined" : "warning (row kept)")
            .append("</td><td>").append(Cells.number(r.dbl("rows_failed"), "count")).append("</td><td>")
            .append(Cells.number(r.dbl("rows_checked"), "count")).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
      p("The reason codes are those of the extract format (docs/extract-format.md in the project).");
    }

    h.append("<h3>What the gaps mean</h3>\n<dl>\n")
        .append("<dt>suppressed</dt><dd>The figure rests on fewer persons than the publication threshold (10 by "
            + "default), or would let such a figure be worked out from the others by adding and subtracting; it is "
            + "withheld so that no victim can be recognised. The national office holds the number.</dd>\n")
        .append("<dt>no data</dt><dd>The country submitted data covering the period, but no one fell in the "
            + "indicator's population (for example no child was returned): there is nothing to measure.</dd>\n")
        .append("<dt>no submission</dt><dd>The country's current data do not cover the period (no submission, or "
            + "one extracted before the period began); the region's figure is computed without it.</dd>\n")
        .append("</dl>\n");
    endSection();
  }

  // ---- definitions -------------------------------------------------------------------------------

  private void definitions() {
    section(Section.DEFINITIONS);
    p("Every indicator of the framework, as the catalogue published with this release defines it; the "
        + "guideline reference points to the paragraph of the COMMIT guidelines the indicator measures.");
    h.append("<table class=\"definitions\">\n<thead><tr><th>indicator</th><th>guideline</th><th>target</th>"
        + "<th>definition</th></tr></thead>\n<tbody>\n");
    for (Row r : c.tier().catalogue()) {
      String id = r.str("indicator_id");
      h.append("<tr><th>").append(esc(id)).append(c.headline().contains(id) ? " ★" : "").append("<br><span>")
          .append(esc(r.str("name"))).append("</span></th><td>").append(esc(r.str("guideline_ref")))
          .append("<br><span>section ").append(esc(r.str("section"))).append("</span></td><td>")
          .append(esc(Cells.target(r.dbl("target"), r.str("unit"), r.str("direction")))).append("</td><td>")
          .append(esc(r.str("definition"))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<p class=\"gaps\">★ headline indicator.</p>\n");
    endSection();
  }

  // ---- release -----------------------------------------------------------------------------------

  private void release() {
    section(Section.RELEASE);
    Optional<List<Row>> releases = c.tier().releases();
    Optional<Row> mine = releases.flatMap(list -> list.stream()
        .filter(r -> c.releaseId().equals(r.str("run_id"))).findFirst());
    h.append("<table class=\"facts\">\n<tr><th>release</th><td>").append(esc(c.releaseId())).append("</td></tr>\n");
    if (mine.isPresent()) {
      Row r = mine.get();
      fact("state", r.str("state"));
      fact("quarters", r.str("quarter_from") + " – " + r.str("quarter_to"));
      fact("countries", r.str("countries"));
      fact("approved by the national focal points of", r.str("approved_countries"));
      fact("created", text(r.get("created_at")));
      fact("published", text(r.get("published_at")));
    }
    h.append("</table>\n");
    if (releases.isEmpty()) {
      p("This warehouse publishes each run directly, without national sign-off: it keeps no release records, "
          + "and the release id is the id of the run that computed the figures.");
    } else if (mine.isEmpty()) {
      p("The release records do not list this release.");
    }
    releases.filter(l -> l.size() > 1).ifPresent(this::releaseHistory);
    revisions();
    endSection();
  }

  private void fact(String name, String value) {
    h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value == null ? "—" : value))
        .append("</td></tr>\n");
  }

  private static String text(Object v) {
    return v == null ? null : v.toString().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", " UTC");
  }

  private void releaseHistory(List<Row> releases) {
    h.append("<h3>All releases</h3>\n<table class=\"figures\">\n<thead><tr><th>release</th><th>state</th>"
        + "<th>quarters</th><th>countries</th><th>approved</th><th>published</th><th>withdrawn</th></tr></thead>\n<tbody>\n");
    releases.stream().sorted((a, b) -> b.str("run_id").compareTo(a.str("run_id"))).forEach(r ->
        h.append("<tr><td>").append(esc(r.str("run_id"))).append("</td><td>").append(esc(r.str("state")))
            .append("</td><td>").append(esc(r.str("quarter_from") + "–" + r.str("quarter_to"))).append("</td><td>")
            .append(esc(r.str("countries"))).append("</td><td>").append(esc(r.str("approved_countries")))
            .append("</td><td>").append(esc(text(r.get("published_at")))).append("</td><td>")
            .append(esc(text(r.get("withdrawn_at")))).append("</td></tr>\n"));
    h.append("</tbody>\n</table>\n");
  }

  private void revisions() {
    h.append("<h3>What changed since the previous release</h3>\n");
    Optional<List<Row>> revisions = c.tier().revisions();
    if (revisions.isEmpty()) {
      p("No record of revisions is kept by this warehouse.");
      return;
    }
    List<Row> rows = revisions.get();
    if (rows.isEmpty()) {
      p("Nothing: this is the first published release, or no published figure changed.");
      return;
    }
    String previous = rows.stream().map(r -> r.str("previous_run_id")).filter(x -> x != null).findFirst().orElse("—");
    Map<String, Long> byChange = rows.stream()
        .collect(Collectors.groupingBy(r -> r.str("change"), TreeMap::new, Collectors.counting()));
    p("Compared with release <b>" + esc(previous) + "</b>, " + rows.size() + " published rows changed: "
        + byChange.entrySet().stream().map(e -> e.getValue() + " " + esc(changeWords(e.getKey())))
            .collect(Collectors.joining(", ")) + ".");
    List<Row> headlineTotals = rows.stream()
        .filter(r -> c.headline().contains(r.str("indicator_id")) && TotalRows.isTotal(r))
        .sorted((a, b) -> (a.str("indicator_id") + a.str("period") + a.str("country"))
            .compareTo(b.str("indicator_id") + b.str("period") + b.str("country")))
        .toList();
    if (headlineTotals.isEmpty()) return;
    int shown = Math.min(headlineTotals.size(), 40);
    h.append("<table class=\"figures\">\n<thead><tr><th>indicator</th><th>period</th><th>country</th><th>change</th>"
        + "<th>before</th><th>now</th></tr></thead>\n<tbody>\n");
    for (Row r : headlineTotals.subList(0, shown)) {
      String unit = unit(r.str("indicator_id"));
      // a figure now suppressed is not repeated here, though it was public before: the report stays
      // free of every value the current public tier withholds
      String before = "NOW_SUPPRESSED".equals(r.str("change")) ? "published"
          : statusOrValue(r.str("old_status"), r.dbl("old_value"), unit);
      h.append("<tr data-row=\"").append(esc(r.str("period") + "|" + r.str("indicator_id") + "|" + r.str("country")
          + "|" + r.str("counterpart_country"))).append("\"><td>").append(esc(r.str("indicator_id")))
          .append("</td><td>").append(esc(r.str("period")))
          .append("</td><td>").append(esc(r.str("country"))).append("</td><td>")
          .append(esc(changeWords(r.str("change")))).append("</td><td>").append(esc(before)).append("</td><td>")
          .append(esc(statusOrValue(r.str("new_status"), r.dbl("new_value"), unit))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (shown < headlineTotals.size()) {
      p((headlineTotals.size() - shown) + " more headline figures changed; the public revisions mart lists them all.");
    }
  }

  private static String statusOrValue(String status, Double value, String unit) {
    if (status == null) return "absent";
    String gap = Cells.gap(status);
    return gap != null || value == null ? (gap == null ? "—" : gap) : Cells.number(value, unit);
  }

  private static String changeWords(String change) {
    return switch (change == null ? "" : change) {
      case "NEW" -> "new";
      case "REVISED" -> "revised";
      case "NOW_SUPPRESSED" -> "now suppressed";
      case "NOW_SHOWN" -> "now shown";
      case "REMOVED" -> "removed";
      default -> String.valueOf(change).toLowerCase();
    };
  }

  // ---- catalogue look-ups ------------------------------------------------------------------------

  private String name(String id) {
    return c.catalogueRow(id).map(r -> r.str("name")).orElse(id);
  }

  private String unit(String id) {
    return c.catalogueRow(id).map(r -> r.str("unit")).orElse("");
  }

  private String targetText(String id) {
    return c.catalogueRow(id).map(r -> Cells.target(r.dbl("target"), r.str("unit"), r.str("direction"))).orElse("—");
  }

  private String unitText(String id) {
    return c.catalogueRow(id).map(r -> switch (String.valueOf(r.str("unit"))) {
      case "percent" -> "% · target " + Cells.target(r.dbl("target"), "percent", r.str("direction"));
      case "days" -> "median days · target " + Cells.target(r.dbl("target"), "days", r.str("direction"));
      default -> "count";
    }).orElse("");
  }
}
