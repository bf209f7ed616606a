package org.mekong.mpm.indicators;

import static org.mekong.mpm.indicators.IndicatorValue.ALL;

import org.mekong.mpm.indicators.IndicatorValue.Dimension;

/** Where an {@code indicator_values} row sits: period, indicator, country and at most one non-{@code ALL} dimension. */
public record RowKey(
    Period period,
    String indicatorId,
    String country,
    String sex,
    String ageGroup,
    String nationality,
    String exploitationType,
    String counterpartCountry) {

  /** The total row: every dimension {@code ALL}. */
  public static RowKey total(Period period, String indicatorId, String country) {
    return new RowKey(period, indicatorId, country, ALL, ALL, ALL, ALL, ALL);
  }

  /** This total broken down by one dimension. */
  public RowKey by(Dimension dimension, String category) {
    return switch (dimension) {
      case SEX -> new RowKey(period, indicatorId, country, category, ALL, ALL, ALL, ALL);
      case AGE_GROUP -> new RowKey(period, indicatorId, country, ALL, category, ALL, ALL, ALL);
      case NATIONALITY -> new RowKey(period, indicatorId, country, ALL, ALL, category, ALL, ALL);
      case EXPLOITATION_TYPE -> new RowKey(period, indicatorId, country, ALL, ALL, ALL, category, ALL);
      case COUNTERPART_COUNTRY -> new RowKey(period, indicatorId, country, ALL, ALL, ALL, ALL, category);
    };
  }
}
