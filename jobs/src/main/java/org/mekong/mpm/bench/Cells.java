package org.mekong.mpm.bench;

import java.util.Locale;

/** The one text form of an indicator cell, shared by the pipeline's side and the peer's. */
final class Cells {
  private Cells() {}

  /** Tab-separated: indicator, country, period, numerator, denominator, median (one decimal, or -). */
  static String line(String indicator, String country, String period, long numerator, long denominator,
      Double median) {
    return String.join("\t", indicator, country, period, Long.toString(numerator), Long.toString(denominator),
        median == null ? "-" : String.format(Locale.ROOT, "%.1f", median));
  }
}
