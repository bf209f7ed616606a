package org.mekong.mpm.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.mekong.mpm.indicators.Indicator;
import org.mekong.mpm.indicators.IndicatorCatalogue;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.Quarter;

/** The compact terminal table of the headline set for one quarter, by country, with status. */
final class HeadlineSummary {
  private HeadlineSummary() {}

  static String render(List<IndicatorValue> values, IndicatorCatalogue catalogue, Quarter quarter, int k) {
    Map<String, IndicatorValue> totals = new HashMap<>();
    TreeSet<String> countries = new TreeSet<>();
    for (IndicatorValue v : values) {
      if (v.dimension() != null || !v.period().equals(quarter.toString())) continue;
      totals.put(v.indicatorId() + "/" + v.country(), v);
      if (!v.country().equals(IndicatorValue.ALL)) countries.add(v.country());
    }
    List<String> columns = new ArrayList<>(countries);
    columns.add(IndicatorValue.ALL);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%nHeadline indicators, %s (public tier, k = %d)%n", quarter, k));
    sb.append(String.format(Locale.ROOT, "%-8s %-7s", "", "unit"));
    for (String c : columns) sb.append(String.format(Locale.ROOT, " %13s", c));
    sb.append('\n');
    for (String id : catalogue.headline()) {
      Indicator ind = catalogue.byId(id);
      sb.append(String.format(Locale.ROOT, "%-8s %-7s", id, ind.unit().code()));
      for (String c : columns) sb.append(String.format(Locale.ROOT, " %13s", cell(totals.get(id + "/" + c))));
      sb.append('\n');
    }
    sb.append("status: + met, - not met, blank no target; '.' no data, 'n/s' no submission, 'supp.' suppressed\n");
    return sb.toString();
  }

  static String cell(IndicatorValue v) {
    if (v == null) return "";
    return switch (v.status()) {
      case "NO_DATA" -> ".";
      case "NO_SUBMISSION" -> "n/s";
      case "SUPPRESSED" -> "supp.";
      default -> {
        String value = v.unit().equals("count")
            ? String.valueOf(Math.round(v.value()))
            : String.format(Locale.ROOT, "%.1f", v.value());
        String mark = v.status().equals("MET") ? " +" : v.status().equals("NOT_MET") ? " -" : "  ";
        yield value + mark;
      }
    };
  }
}
