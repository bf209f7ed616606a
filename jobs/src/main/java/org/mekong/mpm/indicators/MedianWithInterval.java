package org.mekong.mpm.indicators;

import java.util.Arrays;

/**
 * The exact median of durations and its distribution-free 95 % interval on order statistics.
 *
 * @param low the duration at rank {@code round(n/2 − z·√n/2)}, or null when n &lt; 6
 * @param high the duration at rank {@code round(1 + n/2 + z·√n/2)}, or null when n &lt; 6
 */
public record MedianWithInterval(double median, Double low, Double high) {

  /** Below this many durations the order-statistic interval covers less than 95 %, so none is given. */
  static final int MIN_FOR_INTERVAL = 6;

  /** Median and interval of the durations (any order); null when there are none. */
  public static MedianWithInterval of(long[] durations) {
    int n = durations.length;
    if (n == 0) return null;
    long[] s = durations.clone();
    Arrays.sort(s);
    double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    if (n < MIN_FOR_INTERVAL) return new MedianWithInterval(median, null, null);
    int[] r = ranks(n);
    return new MedianWithInterval(median, (double) s[r[0] - 1], (double) s[r[1] - 1]);
  }

  /**
   * The same from a histogram: {@code values} ascending and distinct, {@code counts[i]} the number of
   * durations equal to {@code values[i]} (each at least 1). Lets a cell's durations travel as
   * (duration, count) pairs, however many members it has. Null when there are none.
   */
  public static MedianWithInterval ofHistogram(long[] values, long[] counts) {
    long total = 0;
    for (long c : counts) total += c;
    if (total == 0) return null;
    int n = Math.toIntExact(total);
    double median = n % 2 == 1 ? at(values, counts, n / 2 + 1)
        : (at(values, counts, n / 2) + at(values, counts, n / 2 + 1)) / 2.0;
    if (n < MIN_FOR_INTERVAL) return new MedianWithInterval(median, null, null);
    int[] r = ranks(n);
    return new MedianWithInterval(median, (double) at(values, counts, r[0]), (double) at(values, counts, r[1]));
  }

  /** The value at 1-based rank {@code rank} of the histogram. */
  private static long at(long[] values, long[] counts, long rank) {
    long seen = 0;
    for (int i = 0; i < values.length; i++) {
      seen += counts[i];
      if (seen >= rank) return values[i];
    }
    throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " durations");
  }

  /**
   * The 1-based ranks of the interval's bounds. {@code round} is {@link Math#round(double)}: half up,
   * toward positive infinity; clamped to [1, n].
   */
  static int[] ranks(int n) {
    double spread = Z.Z95 * Math.sqrt(n) / 2;
    long lo = Math.round(n / 2.0 - spread);
    long hi = Math.round(1 + n / 2.0 + spread);
    return new int[] {(int) Math.max(1, Math.min(n, lo)), (int) Math.max(1, Math.min(n, hi))};
  }
}
