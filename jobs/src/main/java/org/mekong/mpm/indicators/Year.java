package org.mekong.mpm.indicators;

import java.time.LocalDate;
import java.util.List;

/** A calendar year, written {@code YYYY} in the marts. */
public record Year(int year) implements Period {
  public static final String TYPE = "YEAR";

  /** Parses {@code YYYY}. */
  public static Year parse(String text) {
    if (!text.matches("\\d{4}")) throw new IllegalArgumentException("not a year (YYYY): " + text);
    return new Year(Integer.parseInt(text));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(year, 12, 31);
  }

  /** The year's four quarters, in order. */
  public List<Quarter> quarters() {
    return List.of(new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3), new Quarter(year, 4));
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
