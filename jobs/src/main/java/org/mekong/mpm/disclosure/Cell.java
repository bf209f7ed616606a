package org.mekong.mpm.disclosure;

import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;

/**
 * A row with a denominator above 0: the only rows that can be suppressed or chosen as partners.
 * Mutable only in its suppression flag, which every table holding the cell sees at once.
 */
final class Cell {
  final String country;
  /** Null for a total row, which sits in the {@code ALL} column of all tables of its indicator. */
  final Dimension dimension;
  final String category;
  final long denominator;
  /** Position of the row in the caller's list. */
  final int rowIndex;
  private boolean suppressed;

  Cell(String country, Dimension dimension, String category, long denominator, int rowIndex) {
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

  boolean isMargin() {
    return IndicatorValue.ALL.equals(country) || dimension == null;
  }

  boolean isGrandTotal() {
    return IndicatorValue.ALL.equals(country) && dimension == null;
  }

  @Override
  public String toString() {
    return country + " × " + category;
  }
}
