package org.mekong.mpm.indicators;

/** Turns an aggregate into a complete {@code indicator_values} row, per the framework's Values section. */
public final class IndicatorValues {
  private IndicatorValues() {}

  /**
   * A {@code percent} or {@code count} row from its counts. Percent: value {@code 100.0 × num / den} with the
   * Wilson interval. Count: value = denominator = the number of members; numerator, interval, target and
   * direction null; {@code NO_TARGET}. Denominator 0: value null, {@code NO_DATA} (numerator 0 for a percent).
   *
   * @param numerator ignored for a count
   * @param target the row's target ({@link Targets#targetFor}); ignored for a count
   */
  public static IndicatorValue fromCounts(Indicator indicator, Double target, RowKey key, long numerator,
      long denominator) {
    checkIndicator(indicator, key);
    if (denominator < 0) throw new IllegalArgumentException("negative denominator for " + key);
    switch (indicator.unit()) {
      case COUNT -> {
        Status status = denominator == 0 ? Status.NO_DATA : Status.NO_TARGET;
        return row(key, indicator, null, denominator, denominator == 0 ? null : (double) denominator, null, null,
            null, status);
      }
      case PERCENT -> {
        Status status = Status.of(indicator, target, numerator, denominator, null);
        if (denominator == 0) {
          if (numerator != 0) throw new IllegalArgumentException("numerator " + numerator + " of 0 for " + key);
          return row(key, indicator, 0L, 0L, null, null, null, target, status);
        }
        Interval ci = WilsonInterval.of(numerator, denominator);
        return row(key, indicator, numerator, denominator, 100.0 * numerator / denominator, ci.low(), ci.high(),
            target, status);
      }
      default -> throw new IllegalArgumentException(indicator.id() + " is measured in days: use fromDurations");
    }
  }

  /**
   * A {@code days} row from its members' durations (any order): value the median, interval on order
   * statistics (null below 6 durations), denominator the number of durations, numerator null.
   */
  public static IndicatorValue fromDurations(Indicator indicator, Double target, RowKey key, long[] durations) {
    checkIndicator(indicator, key);
    if (indicator.unit() != Unit.DAYS) {
      throw new IllegalArgumentException(indicator.id() + " is not measured in days: use fromCounts");
    }
    return fromMedian(indicator, target, key, durations.length, MedianWithInterval.of(durations));
  }

  /** A {@code days} row from the median of its {@code n} durations, computed where the durations are. */
  public static IndicatorValue fromMedian(Indicator indicator, Double target, RowKey key, long n,
      MedianWithInterval m) {
    checkIndicator(indicator, key);
    if (m == null || n == 0) return row(key, indicator, null, 0L, null, null, null, target, Status.NO_DATA);
    return row(key, indicator, null, n, m.median(), m.low(), m.high(), target,
        Status.of(indicator, target, 0, n, m.median()));
  }

  /** The total row of a COMMIT country without a usable submission: null counts, {@code NO_SUBMISSION}. */
  public static IndicatorValue noSubmission(Indicator indicator, Double target, RowKey key) {
    checkIndicator(indicator, key);
    Double t = indicator.direction() == null ? null : target;
    return row(key, indicator, null, null, null, null, null, t, Status.NO_SUBMISSION);
  }

  private static IndicatorValue row(RowKey k, Indicator ind, Long numerator, Long denominator, Double value,
      Double ciLow, Double ciHigh, Double target, Status status) {
    boolean count = ind.unit() == Unit.COUNT;
    return new IndicatorValue(k.period().toString(), k.period().type(), k.period().start(), k.period().end(), k.indicatorId(),
        k.country(), k.sex(), k.ageGroup(), k.nationality(), k.exploitationType(), k.counterpartCountry(),
        numerator, denominator, value, ciLow, ciHigh, ind.unit().code(), ind.direction() == null ? null : ind.direction().code(), count ? null : target,
        status.name(), false);
  }

  private static void checkIndicator(Indicator indicator, RowKey key) {
    if (!indicator.id().equals(key.indicatorId())) {
      throw new IllegalArgumentException("row of " + key.indicatorId() + " computed as " + indicator.id());
    }
  }
}
