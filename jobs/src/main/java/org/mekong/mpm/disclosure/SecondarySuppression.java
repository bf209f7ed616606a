package org.mekong.mpm.disclosure;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds complementary suppressions to a group until every line meets rule 1 and no suppressed cell
 * is determined by the published figures (rule 2). Looks only at the denominators and the table
 * structure, so indicators of one population share a pattern.
 */
final class SecondarySuppression {
  /** Smallest first, so small cells choose their partners before large ones; then code order. */
  private static final Comparator<Cell> DETERMINED_ORDER =
      Comparator.<Cell>comparingLong(c -> c.denominator).thenComparingInt(c -> c.order);

  /** Line partners: the region's totals last, then the region, then margins, then smallest, then code order. */
  private static final Comparator<Cell> PARTNER_ORDER =
      Comparator.<Cell, Boolean>comparing(Cell::isRegionTotal)
          .thenComparing(Cell::isRegion)
          .thenComparing(Cell::isMargin)
          .thenComparingLong(c -> c.denominator)
          .thenComparingInt(c -> c.order);

  private SecondarySuppression() {}

  static void apply(Group group, int k) {
    boolean changed = true;
    while (changed) {
      changed = fillLines(group, k);
      List<Cell> determined = NullSpace.determined(group).stream().sorted(DETERMINED_ORDER).toList();
      Set<Cell> freed = new HashSet<>();
      for (Cell c : determined) {
        if (freed.contains(c)) continue; // already on a box added this round
        Shape s = Shape.cheapest(group, c);
        if (s == null) {
          // No box through it: hide the whole group, which no true equation can then reveal.
          group.cells.forEach(Cell::suppress);
          return;
        }
        changed |= s.suppress();
        freed.addAll(s.cells());
      }
    }
  }

  /**
   * Rule 1: adds partners to a line with one suppressed cell or a suppressed sum below k. Every
   * unsuppressed cell already has a denominator of at least k (smaller ones are primary), so one
   * partner always suffices.
   */
  private static boolean fillLines(Group group, int k) {
    boolean changed = false;
    for (Line line : group.lines) {
      while (!line.safe(k)) {
        Cell partner = line.cells().stream()
            .filter(c -> !c.suppressed())
            .min(PARTNER_ORDER)
            .orElseThrow();
        partner.suppress();
        changed = true;
      }
    }
    return changed;
  }
}
