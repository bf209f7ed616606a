package org.mekong.mpm.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The terminal report of one validation. It prints codes, counts and line numbers only: no field
 * value ever appears, since a rejected row may hold anything.
 */
public final class ValidationReport {
  private ValidationReport() {}

  public static String render(ValidationResult r) {
    StringBuilder out = new StringBuilder();
    out.append("Submission ").append(r.country() == null ? "?" : r.country())
        .append(" / ").append(r.extractDate() == null ? "?" : r.extractDate())
        .append(" (format ").append(r.formatVersion() == null ? "?" : r.formatVersion()).append(")\n");
    out.append("Status: ").append(r.status());
    if (r.rejection() != null) out.append(" - ").append(r.rejection());
    out.append('\n');
    if (!r.findings().isEmpty()) {
      out.append("\nSubmission-level findings (the first decides):\n");
      for (ValidationResult.Finding f : r.findings()) {
        out.append("  ").append(pad(f.code().name(), 24)).append(' ').append(f.message()).append('\n');
      }
    }
    out.append("\nFiles:\n");
    out.append("  ").append(pad("file", 12)).append(pad("rows", 12)).append(pad("rejected", 12)).append("sha256\n");
    for (ValidationResult.FileSummary f : r.files()) {
      out.append("  ").append(pad(f.file(), 12)).append(pad(Long.toString(f.rowsChecked()), 12))
          .append(pad(Long.toString(f.rowsRejected()), 12)).append(f.sha256() == null ? "-" : f.sha256()).append('\n');
    }
    if (r.accepted()) {
      out.append("Accepted: ").append(r.acceptedCases()).append(" cases, ").append(r.acceptedEvents()).append(" events\n");
    }
    if (!r.issues().isEmpty()) {
      out.append("\nRow rejections and warnings:\n");
      out.append("  ").append(pad("reason", 24)).append(pad("level", 14)).append(pad("file", 12))
          .append(pad("count", 10)).append("first lines\n");
      for (ValidationResult.Issue i : r.issues()) {
        out.append("  ").append(pad(i.code().name(), 24)).append(pad(i.code().level().label(), 14))
            .append(pad(i.file(), 12)).append(pad(Long.toString(i.count()), 10))
            .append(lines(i.exampleLines())).append('\n');
      }
    } else if (r.findings().isEmpty() || r.files().stream().anyMatch(f -> f.rowsChecked() > 0)) {
      out.append("\nNo row rejections or warnings.\n");
    }
    return out.toString();
  }

  private static String lines(List<Long> lines) {
    return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) b.append(' ');
    if (b.length() == s.length()) b.append(' ');
    return b.toString();
  }
}
