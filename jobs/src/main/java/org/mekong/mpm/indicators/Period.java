package org.mekong.mpm.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A published period: a calendar quarter ({@code YYYYQn}) or a calendar year ({@code YYYY}). */
public sealed interface Period permits Quarter, Year {
  /** {@code QUARTER} or {@code YEAR}, the mart's {@code period_type}. */
  String type();

  LocalDate start();

  LocalDate end();

  /** Parses {@code YYYYQn} or {@code YYYY}; anything else is an {@link IllegalArgumentException}. */
  static Period parse(String text) {
    return text.length() == 4 ? Year.parse(text) : Quarter.parse(text);
  }

  /**
   * The calendar years whose four quarters all lie in {@code from} … {@code to}: the only years that get
   * {@code YEAR} rows (no year-to-date rows, whose differences between releases would give away a quarter).
   */
  static List<Year> completeYears(Quarter from, Quarter to) {
    List<Year> out = new ArrayList<>();
    for (int y = from.year(); y <= to.year(); y++) {
      if (new Quarter(y, 1).compareTo(from) >= 0 && new Quarter(y, 4).compareTo(to) <= 0) out.add(new Year(y));
    }
    return out;
  }
}
