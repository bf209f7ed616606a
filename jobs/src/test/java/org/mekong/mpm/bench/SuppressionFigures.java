package org.mekong.mpm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.mekong.mpm.audit.DisclosureAudit;
import org.mekong.mpm.disclosure.DisclosureControl;
import org.mekong.mpm.indicators.IndicatorCatalogue;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.testing.IndicatorValuesReader;

/**
 * What disclosure control costs a reader, from a published warehouse: the share of non-empty public
 * rows suppressed by period type and dimension, with years (as published) against quarters only
 * (the restricted quarters protected alone), and the protection's and audit's wall time.
 * Usage: {@code SuppressionFigures WAREHOUSE [K]}.
 */
public final class SuppressionFigures {
  private SuppressionFigures() {}

  public static void main(String[] args) throws Exception {
    String wh = args[0];
    int k = args.length > 1 ? Integer.parseInt(args[1]) : DisclosureControl.DEFAULT_K;
    List<IndicatorValue> restricted = IndicatorValuesReader.read(
        "read_parquet('" + wh + "/restricted/current/indicator_values/*.parquet')");
    System.out.print(report(restricted, k));
  }

  public static String report(List<IndicatorValue> restricted, int k) {
    StringBuilder out = new StringBuilder();
    long t0 = System.nanoTime();
    List<IndicatorValue> published = DisclosureControl.protect(restricted, k);
    long t1 = System.nanoTime();
    int violations = DisclosureAudit.audit(restricted, published, k).size();
    long t2 = System.nanoTime();
    List<IndicatorValue> quarters = restricted.stream().filter(v -> v.periodType().equals("QUARTER")).toList();
    List<IndicatorValue> quartersOnly = DisclosureControl.protect(quarters, k);
    out.append(String.format(Locale.ROOT, "%d rows; protection %.2f s, audit %.2f s (%d violations)%n",
        restricted.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, violations));
    out.append("| rows | quarters only | with years: QUARTER | with years: YEAR |\n|---|---:|---:|---:|\n");
    Map<String, Predicate<IndicatorValue>> slices = new java.util.LinkedHashMap<>();
    slices.put("all non-empty", v -> true);
    slices.put("total (ALL rows)", v -> v.dimension() == null);
    slices.put("country totals", v -> v.dimension() == null && !v.country().equals(IndicatorValue.ALL));
    slices.put("region totals", v -> v.dimension() == null && v.country().equals(IndicatorValue.ALL));
    for (IndicatorValue.Dimension d : IndicatorValue.Dimension.values()) {
      slices.put(d.name().toLowerCase(Locale.ROOT), v -> v.dimension() == d);
    }
    List<String> headline = IndicatorCatalogue.load().headline();
    slices.put("headline region totals", v -> v.dimension() == null && v.country().equals(IndicatorValue.ALL)
        && headline.contains(v.indicatorId()));
    slices.forEach((name, p) -> out.append("| ").append(name).append(" | ")
        .append(share(quarters, quartersOnly, p)).append(" | ")
        .append(share(restricted, published, p.and(v -> v.periodType().equals("QUARTER")))).append(" | ")
        .append(share(restricted, published, p.and(v -> v.periodType().equals("YEAR")))).append(" |\n"));
    return out.toString();
  }

  /** Suppressed among the rows with a denominator above 0, as "n / N (x %)". */
  static String share(List<IndicatorValue> restricted, List<IndicatorValue> published, Predicate<IndicatorValue> p) {
    long n = 0;
    long hidden = 0;
    for (int i = 0; i < restricted.size(); i++) {
      IndicatorValue r = restricted.get(i);
      if (r.denominator() == null || r.denominator() == 0 || !p.test(r)) continue;
      n++;
      if (published.get(i).suppressed()) hidden++;
    }
    return n == 0 ? "–" : String.format(Locale.ROOT, "%d / %d (%.0f %%)", hidden, n, 100.0 * hidden / n);
  }
}
