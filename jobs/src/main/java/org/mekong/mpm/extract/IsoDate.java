package org.mekong.mpm.extract;

import java.time.LocalDate;

/** Strict {@code YYYY-MM-DD} parsing to an epoch day, without the exceptions of {@link LocalDate#parse}. */
final class IsoDate {
  static final int INVALID = Integer.MIN_VALUE;

  private IsoDate() {}

  /** The epoch day of a valid calendar date in the form YYYY-MM-DD, else {@link #INVALID}. */
  static int epochDay(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return INVALID;
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1) return INVALID;
    if (d > lengthOfMonth(y, m)) return INVALID;
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int lengthOfMonth(int y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      default:
        return 31;
    }
  }
}
