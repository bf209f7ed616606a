package org.mekong.mpm.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;

/** Builds restricted indicator_values rows for hand-made tables. */
public final class Rows {
  public static final String PERIOD = "2024Q1";
  public static final String ALL = IndicatorValue.ALL;

  private Rows() {}

  /** A row of {@code period}; dimension null for a total row; null denominator is NO_SUBMISSION. */
  public static IndicatorValue row(String period, String indicator, String country, Dimension dimension,
      String category, Long numerator, Long denominator) {
    String sex = dimension == Dimension.SEX ? category : ALL;
    String age = dimension == Dimension.AGE_GROUP ? category : ALL;
    String nat = dimension == Dimension.NATIONALITY ? category : ALL;
    String exp = dimension == Dimension.EXPLOITATION_TYPE ? category : ALL;
    String cp = dimension == Dimension.COUNTERPART_COUNTRY ? category : ALL;
    Double value = denominator == null || denominator == 0 ? null : 100.0 * numerator / denominator;
    String status = denominator == null ? "NO_SUBMISSION" : denominator == 0 ? "NO_DATA" : "NOT_MET";
    Long num = denominator == null ? null : numerator;
    org.mekong.mpm.indicators.Period p = org.mekong.mpm.indicators.Period.parse(period);
    return new IndicatorValue(period, p.type(), p.start(), p.end(),
        indicator, country, sex, age, nat, exp, cp, num, denominator, value,
        value == null ? null : Math.max(0, value - 10), value == null ? null : Math.min(100, value + 10),
        "percent", "higher", 100.0, status, false);
  }

  public static IndicatorValue total(String indicator, String country, Long denominator) {
    return row(PERIOD, indicator, country, null, ALL, denominator == null ? null : denominator / 2,
        denominator);
  }

  public static IndicatorValue cell(String indicator, String country, Dimension d, String category,
      long denominator) {
    return row(PERIOD, indicator, country, d, category, denominator / 2, denominator);
  }

  /**
   * The category cells of one table (absent where 0) with the region row; totals are added
   * separately by {@link #totals} so that several dimensions can share them.
   */
  public static List<IndicatorValue> table(String indicator, Dimension d, String[] countries,
      String[] categories, long[][] denominators) {
    List<IndicatorValue> rows = new ArrayList<>();
    long[] region = new long[categories.length];
    for (int r = 0; r < countries.length; r++) {
      for (int c = 0; c < categories.length; c++) {
        long den = denominators[r][c];
        region[c] += den;
        if (den > 0) rows.add(cell(indicator, countries[r], d, categories[c], den));
      }
    }
    for (int c = 0; c < categories.length; c++) {
      if (region[c] > 0) rows.add(cell(indicator, ALL, d, categories[c], region[c]));
    }
    return rows;
  }

  /** Country totals as row sums, and the region total. */
  public static List<IndicatorValue> totals(String indicator, String[] countries, long[][] denominators) {
    Map<String, Long> sums = new LinkedHashMap<>();
    long all = 0;
    for (int r = 0; r < countries.length; r++) {
      long s = 0;
      for (long v : denominators[r]) s += v;
      sums.put(countries[r], s);
      all += s;
    }
    List<IndicatorValue> rows = new ArrayList<>();
    sums.forEach((country, s) -> rows.add(total(indicator, country, s)));
    rows.add(total(indicator, ALL, all));
    return rows;
  }

  /** Keys of the suppressed rows, as "country dimension category". */
  public static List<String> suppressed(List<IndicatorValue> published) {
    return published.stream().filter(IndicatorValue::suppressed)
        .map(v -> v.country() + " " + v.dimension() + " " + v.category()).toList();
  }
}
