package org.mekong.mpm.disclosure;

import java.util.Comparator;
import java.util.List;

/**
 * Adds complementary suppressions to a family until every table meets both rules. Looks only at
 * the denominators and the table structure, so indicators of one population share a pattern.
 */
final class SecondarySuppression {
  /** Smallest first, as in the notes, so small cells choose their partners before large ones. */
  private static final Comparator<Cell> BRIDGE_ORDER = Comparator.comparingLong(c -> c.denominator);

  /** Line partners: never the grand total if avoidable, inner cells before margins, then smallest. */
  private static final Comparator<Cell> PARTNER_ORDER =
      Comparator.<Cell, Boolean>comparing(Cell::isGrandTotal)
          .thenComparing(Cell::isMargin)
          .thenComparingLong(c -> c.denominator);

  private SecondarySuppression() {}

  static void apply(Family family, int k) {
    boolean changed;
    do {
      changed = false;
      // A total suppressed in one table is a new edge in the others: loop until all are stable.
      for (Table table : family.tables) {
        changed |= closeCycles(table);
        changed |= fillLines(table, k);
      }
    } while (changed);
  }

  /** Rule 2: gives each bridge the cheapest rectangle, smallest bridge first, until none is left. */
  private static boolean closeCycles(Table table) {
    if (!table.twoWay) return false;
    boolean changed = false;
    boolean progress = true;
    while (progress) {
      progress = false;
      List<Cell> bridges = BridgeFinder.bridges(table).stream()
          .sorted(BRIDGE_ORDER) // stable: ties stay in row-major code order
          .toList();
      for (Cell bridge : bridges) {
        Rectangle r = Rectangle.cheapest(table, table.rowOf(bridge), table.columnOf(bridge));
        if (r != null && r.suppress()) {
          progress = changed = true;
          break; // the new edges may close other cycles: look again
        }
      }
    }
    return changed;
  }

  /**
   * Rule 1: adds partners to a line with one suppressed cell or a suppressed sum below k. Every
   * unsuppressed cell already has a denominator of at least k (smaller ones are primary), so one
   * partner always suffices.
   */
  private static boolean fillLines(Table table, int k) {
    boolean changed = false;
    for (Line line : table.lines()) {
      while (!line.safe(k)) {
        Cell partner = line.cells().stream()
            .filter(c -> !c.suppressed())
            .min(PARTNER_ORDER) // min is first-wins on ties: code order
            .orElseThrow();
        partner.suppress();
        changed = true;
      }
    }
    return changed;
  }
}
