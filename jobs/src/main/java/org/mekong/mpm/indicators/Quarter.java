package org.mekong.mpm.indicators;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code YYYYQn} in the marts. */
public record Quarter(int year, int quarter) implements Period, Comparable<Quarter> {
  public static final String TYPE = "QUARTER";

  private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
  }

  /** Parses {@code YYYYQn}; anything else is an {@link IllegalArgumentException}. */
  public static Quarter parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) throw new IllegalArgumentException("not a quarter (YYYYQn): " + text);
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The quarter a date falls in. */
  public static Quarter of(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 3 * quarter - 2, 1);
  }

  @Override
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
