package org.mekong.mpm.stage;

import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * A case as one number: its country's ISO3 code (three letters A–Z, 15 bits) above its line in that
 * country's cases.csv (40 bits). Within the countries' current submissions it is unique, as
 * (country, case_id) is; journeys group, join and sort on it instead of two strings.
 */
public final class CaseKey {
  private CaseKey() {}

  static final int LINE_BITS = 40;

  /** The key of the case on {@code line} of {@code country}'s cases.csv. */
  public static long of(String country, long line) {
    if (country.length() != 3 || line < 0 || line >= 1L << LINE_BITS) {
      throw new IllegalArgumentException("no case key for " + country + " line " + line);
    }
    long code = 0;
    for (int i = 0; i < 3; i++) {
      char c = country.charAt(i);
      if (c < 'A' || c > 'Z') throw new IllegalArgumentException("no case key for " + country);
      code = code * 26 + (c - 'A');
    }
    return code << LINE_BITS | line;
  }

  /** The same as a Spark expression, over a validated country code and line. */
  public static Column of(Column country, Column line) {
    Column code = lit(0L);
    for (int i = 1; i <= 3; i++) {
      code = code.multiply(26).plus(functions.ascii(functions.substring(country, i, 1)).minus(65));
    }
    return code.cast("long").multiply(1L << LINE_BITS).plus(line.cast("long"));
  }
}
