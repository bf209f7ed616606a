package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;

/**
 * The partners that put a determined cell on a null-space vector: a box {a, b} × {p, p'} × h of
 * countries, periods and categories. Every equation runs along one axis, so the product of three
 * one-axis vectors that each satisfy their own lines satisfies them all: countries {a: +1, b: −1}
 * (both +1 when b is the region, the lines' total), periods likewise (the year as total), and h
 * on the categories: two categories of one dimension (+1, −1), or a category with its total (+1,
 * +1) — and then, since the total is also the total of the other dimensions, one category of each
 * dimension whose categories add up there. Suppressing the box's cells therefore leaves the cell
 * undetermined. Without a year the period axis is the cell's quarter alone (the 1.0 rectangle).
 */
record Shape(List<Cell> cells, int regionTotals, int fresh, int region, int margins, long denominators) {

  private static final Comparator<Shape> COST = Comparator.comparingInt(Shape::regionTotals)
      .thenComparingInt(Shape::fresh)
      .thenComparingInt(Shape::region)
      .thenComparingInt(Shape::margins)
      .thenComparingLong(Shape::denominators);

  /** The cheapest box through {@code c}, or null when every one lacks a cell. Ties: first in code order. */
  static Shape cheapest(Group g, Cell c) {
    Shape best = null;
    List<Integer> otherPeriods = new ArrayList<>();
    for (int p = 0; p < g.periods.size(); p++) if (p != c.period || !g.hasYear) otherPeriods.add(p);
    if (!g.hasYear) otherPeriods = List.of(c.period);
    for (String b : g.countries) {
      if (b.equals(c.country)) continue;
      for (int p2 : otherPeriods) {
        int[] periods = p2 == c.period ? new int[] {c.period} : new int[] {c.period, p2};
        String[] countries = {c.country, b};
        for (List<Cell> h : categoryChoices(g, c, countries, periods)) {
          Shape s = of(h);
          if (s != null && (best == null || COST.compare(s, best) < 0)) best = s;
        }
      }
    }
    return best;
  }

  /** The cells of each category choice h over the given countries and periods; choices with an absent cell are left out. */
  private static List<List<Cell>> categoryChoices(Group g, Cell c, String[] countries, int[] periods) {
    List<List<Cell>> out = new ArrayList<>();
    if (c.dimension == null) {
      List<Cell> h = box(g, countries, periods, null, IndicatorValue.ALL);
      if (h != null && bindOthers(g, h, null, countries, periods)) out.add(h);
      return out;
    }
    List<Cell> alone = box(g, countries, periods, c.dimension, c.category);
    if (alone == null) return out;
    if (!binds(g, c.dimension, countries, periods)) {
      out.add(alone); // no equation along the categories here: the cell's own column is enough
      return out;
    }
    for (String other : g.categories.getOrDefault(c.dimension, List.of())) {
      if (other.equals(c.category)) continue;
      List<Cell> pair = box(g, countries, periods, c.dimension, other);
      if (pair == null) continue;
      List<Cell> h = new ArrayList<>(alone);
      h.addAll(pair);
      out.add(h);
    }
    List<Cell> total = box(g, countries, periods, null, IndicatorValue.ALL);
    if (total != null) {
      List<Cell> h = new ArrayList<>(alone);
      h.addAll(total);
      if (bindOthers(g, h, c.dimension, countries, periods)) out.add(h);
    }
    return out;
  }

  /** Adds, for every partition dimension but {@code except} bound to the total here, its cheapest category box. */
  private static boolean bindOthers(Group g, List<Cell> h, Dimension except, String[] countries, int[] periods) {
    for (Dimension d : Group.PARTITIONS) {
      if (d == except || !binds(g, d, countries, periods)) continue;
      Shape best = null;
      for (String cat : g.categories.getOrDefault(d, List.of())) {
        Shape s = of(box(g, countries, periods, d, cat));
        if (s != null && (best == null || COST.compare(s, best) < 0)) best = s;
      }
      if (best == null) return false;
      h.addAll(best.cells);
    }
    return true;
  }

  /** Whether the categories of {@code d} add up to the total at any of the box's country-periods. */
  private static boolean binds(Group g, Dimension d, String[] countries, int[] periods) {
    for (String country : countries) {
      for (int p : periods) if (g.categoryLineKeys.contains(Arrays.asList(p, country, d))) return true;
    }
    return false;
  }

  /** The cells at the given countries and periods for one category, or null when one is absent. */
  private static List<Cell> box(Group g, String[] countries, int[] periods, Dimension d, String category) {
    List<Cell> out = new ArrayList<>(countries.length * periods.length);
    for (String country : countries) {
      for (int p : periods) {
        Cell cell = g.at(p, country, d, category);
        if (cell == null) return null;
        out.add(cell);
      }
    }
    return out;
  }

  private static Shape of(List<Cell> cells) {
    if (cells == null) return null;
    int regionTotals = 0;
    int fresh = 0;
    int region = 0;
    int margins = 0;
    long sum = 0;
    for (Cell c : cells) {
      if (c.suppressed()) continue;
      fresh++;
      if (c.isRegionTotal()) regionTotals++;
      if (c.isRegion()) region++;
      if (c.isMargin()) margins++;
      sum += c.denominator;
    }
    return new Shape(cells, regionTotals, fresh, region, margins, sum);
  }

  /** Returns true when at least one cell was newly suppressed. */
  boolean suppress() {
    boolean changed = false;
    for (Cell c : cells) changed |= c.suppress();
    return changed;
  }
}
