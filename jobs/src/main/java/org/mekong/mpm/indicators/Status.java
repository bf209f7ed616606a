package org.mekong.mpm.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The {@code status} of an {@code indicator_values} row. */
public enum Status {
  MET, NOT_MET, NO_TARGET, NO_DATA, NO_SUBMISSION, SUPPRESSED;

  /**
   * The status of a computed row (never {@code NO_SUBMISSION} or {@code SUPPRESSED}, which the engine and
   * disclosure control set). Percents compare {@code 100 × numerator} with {@code target × denominator}
   * exactly; days compare the median.
   *
   * @param numerator the percent's numerator; ignored for days and counts
   * @param median the median for days; ignored otherwise
   */
  public static Status of(Indicator indicator, Double target, long numerator, long denominator, Double median) {
    if (denominator == 0) return NO_DATA;
    if (indicator.unit() == Unit.COUNT || indicator.direction() == null || target == null) return NO_TARGET;
    int cmp = switch (indicator.unit()) {
      case PERCENT -> BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(numerator))
          .compareTo(BigDecimal.valueOf(target).multiply(new BigDecimal(BigInteger.valueOf(denominator))));
      case DAYS -> Double.compare(median, target); // a median is a whole or half day: exact in a double
      case COUNT -> throw new IllegalStateException("counts have no target");
    };
    boolean met = switch (indicator.direction()) {
      case HIGHER -> cmp >= 0;
      case LOWER -> cmp <= 0;
    };
    return met ? MET : NOT_MET;
  }
}
