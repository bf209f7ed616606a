package org.mekong.mpm.indicators;

/** The 95 % Wilson score interval for a proportion, on the 0–100 scale of the percent indicators. */
public final class WilsonInterval {
  private WilsonInterval() {}

  /** The interval for {@code successes} out of {@code n}; null when n is 0 (no proportion to bound). */
  public static Interval of(long successes, long n) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 ≤ successes ≤ n, got " + successes + "/" + n);
    }
    if (n == 0) return null;
    double z = Z.Z95;
    double p = (double) successes / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    // at 0/n and n/n the exact bound is 0 or 1; rounding error must not push it past the value
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == n ? 1 : Math.min(1, centre + half);
    return new Interval(100 * low, 100 * high);
  }
}
