package org.mekong.mpm.disclosure;

import java.util.List;

/** A row or column of a table that adds up: its present cells, margin included. */
record Line(String name, List<Cell> cells) {

  long suppressedCount() {
    return cells.stream().filter(Cell::suppressed).count();
  }

  long suppressedDenominator() {
    return cells.stream().filter(Cell::suppressed).mapToLong(c -> c.denominator).sum();
  }

  /** Rule 1: two or more suppressed cells summing to k, unless none or all are suppressed. */
  boolean safe(int k) {
    long n = suppressedCount();
    if (n == 0 || n == cells.size()) return true;
    return n >= 2 && suppressedDenominator() >= k;
  }

  Cell firstSuppressed() {
    return cells.stream().filter(Cell::suppressed).findFirst().orElse(null);
  }
}
