package org.mekong.mpm.indicators;

import java.time.LocalDate;

/**
 * One row of the {@code indicator_values} mart: a quarter or year × indicator × disaggregation.
 * Exactly one of the five dimensions is not {@code ALL}, or none (the total row).
 */
public record IndicatorValue(
    String period,
    /** {@code QUARTER} or {@code YEAR}. */
    String periodType,
    LocalDate periodStart,
    LocalDate periodEnd,
    String indicatorId,
    String country,
    String sex,
    String ageGroup,
    String nationality,
    String exploitationType,
    String counterpartCountry,
    Long numerator,
    Long denominator,
    Double value,
    Double ciLow,
    Double ciHigh,
    String unit,
    String direction,
    Double target,
    String status,
    boolean suppressed) {

  public static final String ALL = "ALL";

  /** The disaggregation dimensions in the order of the marts contract. */
  public enum Dimension { SEX, AGE_GROUP, NATIONALITY, EXPLOITATION_TYPE, COUNTERPART_COUNTRY }

  /** The dimension this row breaks down by, or null for a total row. */
  public Dimension dimension() {
    if (!ALL.equals(sex)) return Dimension.SEX;
    if (!ALL.equals(ageGroup)) return Dimension.AGE_GROUP;
    if (!ALL.equals(nationality)) return Dimension.NATIONALITY;
    if (!ALL.equals(exploitationType)) return Dimension.EXPLOITATION_TYPE;
    if (!ALL.equals(counterpartCountry)) return Dimension.COUNTERPART_COUNTRY;
    return null;
  }

  /** The category of {@link #dimension()}, or {@code ALL} for a total row. */
  public String category() {
    Dimension d = dimension();
    if (d == null) return ALL;
    return switch (d) {
      case SEX -> sex;
      case AGE_GROUP -> ageGroup;
      case NATIONALITY -> nationality;
      case EXPLOITATION_TYPE -> exploitationType;
      case COUNTERPART_COUNTRY -> counterpartCountry;
    };
  }

  /** A copy with the published figures nulled and the row marked suppressed. */
  public IndicatorValue suppress() {
    return new IndicatorValue(period, periodType, periodStart, periodEnd, indicatorId, country, sex, ageGroup,
        nationality, exploitationType, counterpartCountry, null, null, null, null, null, unit,
        direction, target, "SUPPRESSED", true);
  }
}
