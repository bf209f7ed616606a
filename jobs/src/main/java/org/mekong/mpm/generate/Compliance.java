package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.util.Map;

/** How likely a country's office meets a standard on a given date: it differs by country and improves by quarter. */
final class Compliance {
  private record Profile(double start, double gainPerQuarter, double detention, double tokens, double bilateralRefs) {}

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final Profile OTHER = new Profile(0.5, 0.0, 0.2, 0.0, 0.0);
  private static final Map<String, Profile> PROFILES = Map.of(
      "THA", new Profile(0.66, 0.022, 0.30, 0.95, 0.95),
      "VNM", new Profile(0.60, 0.025, 0.10, 0.92, 0.90),
      "CHN", new Profile(0.52, 0.020, 0.45, 0.85, 0.75),
      "KHM", new Profile(0.46, 0.030, 0.30, 0.80, 0.85),
      "LAO", new Profile(0.42, 0.030, 0.15, 0.70, 0.90),
      "MMR", new Profile(0.36, 0.012, 0.20, 0.60, 0.80));

  private Compliance() {}

  private static Profile of(String country) {
    return PROFILES.getOrDefault(country, OTHER);
  }

  /** Probability of meeting a procedural standard, between 0.05 and 0.97. */
  static double level(String country, LocalDate date) {
    Profile p = of(country);
    long quarters = Math.max(0, (date.getYear() - START.getYear()) * 4L + (date.getMonthValue() - 1) / 3);
    return Math.max(0.05, Math.min(0.97, p.start + p.gainPerQuarter * quarters));
  }

  /** Share of foreign persons first held in immigration detention. */
  static double detention(String country) {
    return of(country).detention;
  }

  /** Share of cases the country tokenises before export. */
  static double tokens(String country) {
    return of(country).tokens;
  }

  /** Share of returns where the country records the bilateral reference. */
  static double bilateralRefs(String country) {
    return of(country).bilateralRefs;
  }

  /** Media at handovers: common early on, rarer as the guidelines take hold. */
  static double media(String country, LocalDate date) {
    return 0.02 + 0.10 * (1 - level(country, date));
  }
}
