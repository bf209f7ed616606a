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
          changed |= spread(group, c);
          continue;
        }
        changed |= s.suppress();
        freed.addAll(s.cells());
      }
    }
  }

  /**
   * No box through {@code c} (sparse categories): suppress partners from the lines through it, then
   * through those partners, one at a time in partner order, until {@code c} is no longer determined.
   * It ends: with every cell of the group suppressed no true equation determines anything.
   */
  private static boolean spread(Group group, Cell c) {
    java.util.ArrayDeque<Cell> frontier = new java.util.ArrayDeque<>(List.of(c));
    Set<Cell> visited = new HashSet<>(List.of(c));
    boolean changed = false;
    while (!frontier.isEmpty()) {
      Cell at = frontier.poll();
      List<Cell> partners = group.lines.stream().filter(l -> l.cells().contains(at))
          .flatMap(l -> l.cells().stream()).distinct().sorted(PARTNER_ORDER).toList();
      for (Cell p : partners) {
        if (!visited.add(p)) continue;
        frontier.add(p);
        if (!p.suppress()) continue;
        changed = true;
        if (!NullSpace.determined(group).contains(c)) return true;
      }
    }
    return changed;
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
