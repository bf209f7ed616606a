package org.mekong.mpm.audit;

import org.mekong.mpm.indicators.IndicatorValue.Dimension;

/**
 * One failed disclosure check: the period, indicator and dimension of the row (dimension null for a
 * total row), the rule, the cell (country × category) and what is wrong.
 */
public record Violation(
    String period,
    String indicatorId,
    Dimension dimension,
    Rule rule,
    String country,
    String category,
    String detail) {

  /** What a published tier got wrong. */
  public enum Rule {
    /** An unsuppressed row has a denominator between 0 and k. */
    PRIMARY,
    /** A line that adds up has one suppressed cell, or suppressed cells summing below k. */
    LINE,
    /** A suppressed cell is determined by the published figures of its indicator and year. */
    DETERMINED,
    /** A published row differs from its restricted row, or a suppressed row still shows figures. */
    ALTERED,
    /** A row with denominator 0 or no submission was suppressed. */
    NOT_A_CELL,
    /** A row is missing from, or extra in, the published tier. */
    ROWS
  }

  /** The table, as an operator reads it in an error message. */
  public String table() {
    return period + " " + indicatorId + " " + (dimension == null ? "total" : dimension);
  }

  @Override
  public String toString() {
    return table() + ": " + rule + " at " + country + " × " + category + " (" + detail + ")";
  }
}
