package org.mekong.mpm.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.mekong.mpm.report.MartRows.Row;

/**
 * The total rows (every dimension {@code ALL}) of the public {@code indicator_values}, by period,
 * indicator and country, with the periods a report leads with: the last complete year (the newest
 * {@code YEAR} period; none in a warehouse without {@code period_type}, whose rows are all quarters)
 * and the latest quarter.
 */
final class TotalRows {
  static final String ALL = "ALL";
  private static final List<String> DIMENSIONS = List.of("sex", "age_group", "nationality", "exploitation_type",
      "counterpart_country");

  private final Map<String, Row> byKey = new HashMap<>();
  private final TreeSet<String> quarters = new TreeSet<>();
  private final TreeSet<String> years = new TreeSet<>();
  private final TreeSet<String> countries = new TreeSet<>();
  private final boolean annualColumn;

  TotalRows(List<Row> indicatorValues) {
    boolean annual = false;
    for (Row r : indicatorValues) {
      annual |= r.has("period_type");
      if (!isTotal(r)) continue;
      String period = r.str("period");
      (isYear(r) ? years : quarters).add(period);
      if (!ALL.equals(r.str("country"))) countries.add(r.str("country"));
      byKey.put(key(period, r.str("indicator_id"), r.str("country")), r);
    }
    this.annualColumn = annual;
  }

  static boolean isTotal(Row r) {
    for (String d : DIMENSIONS) if (!ALL.equals(r.str(d))) return false;
    return true;
  }

  /** A row of a {@code YEAR} period; rows written before annual figures existed are all quarters. */
  static boolean isYear(Row r) {
    return "YEAR".equals(r.str("period_type"));
  }

  private static String key(String period, String indicator, String country) {
    return period + "|" + indicator + "|" + country;
  }

  Optional<Row> get(String period, String indicator, String country) {
    return Optional.ofNullable(byKey.get(key(period, indicator, country)));
  }

  /** Whether the mart has the {@code period_type} column at all (contract 1.1). */
  boolean hasAnnualColumn() {
    return annualColumn;
  }

  List<String> quarters() {
    return List.copyOf(quarters);
  }

  Optional<String> lastYear() {
    return years.isEmpty() ? Optional.empty() : Optional.of(years.last());
  }

  Optional<String> latestQuarter() {
    return quarters.isEmpty() ? Optional.empty() : Optional.of(quarters.last());
  }

  /** The reporting countries, alphabetically, then the region ({@code ALL}). */
  List<String> countriesAndRegion() {
    List<String> list = new ArrayList<>(countries);
    list.add(ALL);
    return list;
  }

  /** The periods the first page shows: the last complete year (when there is one), then the latest quarter. */
  List<String> leadPeriods() {
    List<String> list = new ArrayList<>();
    lastYear().ifPresent(list::add);
    latestQuarter().ifPresent(list::add);
    return list;
  }

  /** Every total row of these indicators, periods in order (years after their quarters), for the embedded data. */
  List<Row> rowsOf(List<String> indicators) {
    return byKey.values().stream()
        .filter(r -> indicators.contains(r.str("indicator_id")))
        .sorted(Comparator.comparing((Row r) -> r.str("period")).thenComparing(r -> r.str("indicator_id"))
            .thenComparing(r -> r.str("country")))
        .toList();
  }
}
