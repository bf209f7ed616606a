package org.mekong.mpm.disclosure;

import java.util.List;

/**
 * An equation the published figures satisfy: the parts sum to the total (countries to the region,
 * categories to the country's total, quarters to the year).
 */
record Line(String name, List<Cell> parts, Cell total) {

  /** Parts and total: the cells of the line. */
  List<Cell> cells() {
    List<Cell> all = new java.util.ArrayList<>(parts);
    all.add(total);
    return all;
  }

  /** Rule 1: two or more suppressed cells summing to k, unless none or all are suppressed. */
  boolean safe(int k) {
    int n = 0;
    long sum = 0;
    for (Cell c : parts) {
      if (c.suppressed()) {
        n++;
        sum += c.denominator;
      }
    }
    if (total.suppressed()) {
      n++;
      sum += total.denominator;
    }
    if (n == 0 || n == parts.size() + 1) return true;
    return n >= 2 && sum >= k;
  }
}
