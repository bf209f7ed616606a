package org.mekong.mpm.disclosure;

import java.util.Comparator;
import java.util.List;

/**
 * The three other corners of a rectangle through a suppressed cell: suppressing them puts the
 * cell on a 4-cycle. Candidates compare by the spec's cost: the grand total only when nothing
 * else will do, then fewest new suppressions, fewest new margins, smallest new denominators,
 * then code order of the opposite row and column.
 */
record Rectangle(List<Cell> corners, int grandTotal, int fresh, int margins, long denominators,
    int row, int column) {

  private static final Comparator<Rectangle> COST = Comparator.comparingInt(Rectangle::grandTotal)
      .thenComparingInt(Rectangle::fresh)
      .thenComparingInt(Rectangle::margins)
      .thenComparingLong(Rectangle::denominators)
      .thenComparingInt(Rectangle::row)
      .thenComparingInt(Rectangle::column);

  /** The cheapest rectangle through the cell at (row, column), or null when every one lacks a corner. */
  static Rectangle cheapest(Table table, int row, int column) {
    Rectangle best = null;
    for (int k = 0; k < table.rows.size(); k++) {
      if (k == row) continue;
      Cell across = table.at(k, column);
      if (across == null) continue;
      for (int l = 0; l < table.columns.size(); l++) {
        if (l == column) continue;
        Cell along = table.at(row, l);
        Cell opposite = table.at(k, l);
        if (along == null || opposite == null) continue;
        Rectangle r = of(List.of(along, across, opposite), k, l);
        if (best == null || COST.compare(r, best) < 0) best = r;
      }
    }
    return best;
  }

  private static Rectangle of(List<Cell> corners, int row, int column) {
    int grand = 0;
    int fresh = 0;
    int margins = 0;
    long sum = 0;
    for (Cell c : corners) {
      if (c.suppressed()) continue;
      fresh++;
      if (c.isGrandTotal()) grand++;
      if (c.isMargin()) margins++;
      sum += c.denominator;
    }
    return new Rectangle(corners, grand, fresh, margins, sum, row, column);
  }

  /** Returns true when at least one corner was newly suppressed. */
  boolean suppress() {
    boolean changed = false;
    for (Cell c : corners) changed |= c.suppress();
    return changed;
  }
}
