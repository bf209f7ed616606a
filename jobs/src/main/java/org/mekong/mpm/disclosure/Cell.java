package org.mekong.mpm.disclosure;

import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;

/**
 * A row with a denominator above 0: the only rows that can be suppressed or chosen as partners.
 * Mutable only in its suppression flag, which every line holding the cell sees at once.
 */
final class Cell {
  /** Index of the period in its group: the quarters in order, then the year. */
  final int period;
  final String country;
  /** Null for a total row, which is the total of every category line of its country and period. */
  final Dimension dimension;
  final String category;
  final long denominator;
  /** Position of the row in the caller's list. */
  final int rowIndex;
  /** Position in the group's code order; breaks ties so that input order never matters. */
  int order;
  private boolean suppressed;

  Cell(int period, String country, Dimension dimension, String category, long denominator, int rowIndex) {
    this.period = period;
    this.country = country;
    this.dimension = dimension;
    this.category = category;
    this.denominator = denominator;
    this.rowIndex = rowIndex;
  }

  boolean suppressed() {
    return suppressed;
  }

  /** Returns true when the flag changed. */
  boolean suppress() {
    boolean was = suppressed;
    suppressed = true;
    return !was;
  }

  boolean isRegion() {
    return IndicatorValue.ALL.equals(country);
  }

  boolean isMargin() {
    return isRegion() || dimension == null;
  }

  /** The region's total row of a period: kept published whenever anything else will do. */
  boolean isRegionTotal() {
    return isRegion() && dimension == null;
  }

  @Override
  public String toString() {
    return "p" + period + " " + country + " × " + (dimension == null ? "total" : dimension + " " + category);
  }
}
