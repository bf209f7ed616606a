package org.mekong.mpm.report;

import java.util.Locale;
import java.util.Map;
import org.mekong.mpm.report.MartRows.Row;

/** How the report writes one published figure and the names it shows instead of codes. */
final class Cells {
  private Cells() {}

  static final Map<String, String> COUNTRY_NAMES = Map.of(
      "KHM", "Cambodia", "CHN", "China", "LAO", "Lao PDR", "MMR", "Myanmar", "THA", "Thailand",
      "VNM", "Viet Nam", "ALL", "Region");

  static String countryName(String code) {
    return COUNTRY_NAMES.getOrDefault(code, code);
  }

  /** The words for a row without a figure; null when the row has one. */
  static String gap(String status) {
    if (status == null) return "not published";
    return switch (status) {
      case "SUPPRESSED" -> "suppressed";
      case "NO_DATA" -> "no data";
      case "NO_SUBMISSION" -> "no submission";
      default -> null;
    };
  }

  /** A value in its unit: percent and days with one decimal, counts whole. */
  static String number(Double value, String unit) {
    if (value == null) return "";
    return "count".equals(unit) ? String.format(Locale.ROOT, "%,d", Math.round(value))
        : String.format(Locale.ROOT, "%.1f", value);
  }

  static String unitSuffix(String unit) {
    return switch (unit == null ? "" : unit) {
      case "percent" -> " %";
      case "days" -> " days";
      default -> "";
    };
  }

  /** e.g. {@code 72.5 (61.0–81.3)}, or the gap's words. */
  static String valueWithInterval(Row r) {
    if (r == null) return "not published";
    String gap = gap(r.str("status"));
    if (gap != null || r.dbl("value") == null) return gap == null ? "not published" : gap;
    String unit = r.str("unit");
    String v = number(r.dbl("value"), unit);
    if (r.dbl("ci_low") != null && r.dbl("ci_high") != null) {
      v += " (" + number(r.dbl("ci_low"), unit) + "–" + number(r.dbl("ci_high"), unit) + ")";
    }
    return v;
  }

  /** ✓ met, ✗ not met, nothing otherwise. */
  static String mark(String status) {
    if ("MET".equals(status)) return "✓";
    if ("NOT_MET".equals(status)) return "✗";
    return "";
  }

  static String target(Double target, String unit, String direction) {
    if (target == null) return "—";
    String sign = "lower".equals(direction) ? "≤ " : "≥ ";
    return sign + number(target, unit) + unitSuffix(unit);
  }
}
