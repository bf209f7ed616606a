package org.mekong.mpm.disclosure;

import java.util.Comparator;
import java.util.List;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;

/** The spec's code order, used to break ties so that the pattern never depends on input order. */
final class CodeOrder {
  private static final List<String> SEX = List.of("F", "M", "X", "U");
  private static final List<String> AGE = List.of("CHILD", "ADULT", "UNKNOWN");

  private CodeOrder() {}

  /** Countries alphabetically, the region ({@code ALL}) last. */
  static Comparator<String> countries() {
    return allLast(Comparator.naturalOrder());
  }

  /** The categories of one dimension in code order, {@code ALL} (the total column) last. */
  static Comparator<String> categories(Dimension dimension) {
    return switch (dimension) {
      case SEX -> allLast(listed(SEX));
      case AGE_GROUP -> allLast(listed(AGE));
      default -> allLast(Comparator.naturalOrder());
    };
  }

  private static Comparator<String> listed(List<String> codes) {
    // Unknown codes follow the listed ones alphabetically, so a new code never breaks determinism.
    return Comparator.<String>comparingInt(c -> codes.contains(c) ? codes.indexOf(c) : codes.size())
        .thenComparing(Comparator.naturalOrder());
  }

  private static Comparator<String> allLast(Comparator<String> inner) {
    return Comparator.<String, Boolean>comparing(IndicatorValue.ALL::equals).thenComparing(inner);
  }
}
