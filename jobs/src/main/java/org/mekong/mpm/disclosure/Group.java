package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.Period;
import org.mekong.mpm.indicators.Quarter;
import org.mekong.mpm.indicators.Year;

/**
 * The linked tables of one indicator and one calendar year: every row whose period is the year or
 * one of its quarters, all countries with the region, all dimensions. They share country totals
 * (across dimensions) and cells (across time), so they are protected together and never with
 * another group. A quarter whose year is not published forms a group of its own.
 */
final class Group {
  /** The dimensions whose categories partition the total (exploitation types overlap). */
  static final List<Dimension> PARTITIONS = List.of(Dimension.SEX, Dimension.AGE_GROUP,
      Dimension.NATIONALITY, Dimension.COUNTERPART_COUNTRY);

  final String indicatorId;
  /** The quarters in order, then the year if the group has one. */
  final List<String> periods;
  final boolean hasYear;
  final List<Cell> cells;
  final List<Line> lines;
  final List<String> countries;
  /** Each partition dimension's categories present in the group, in code order. */
  final Map<Dimension, List<String>> categories = new java.util.EnumMap<>(Dimension.class);
  /** (period, country, dimension) of every category line: where a total binds that dimension. */
  final Set<List<Object>> categoryLineKeys = new HashSet<>();
  private final Map<Key, Cell> byKey;

  record Key(int period, String country, Dimension dimension, String category) {}

  private Group(String indicatorId, List<String> periods, boolean hasYear, List<Cell> cells,
      Map<Key, Cell> byKey, List<String> countries) {
    this.indicatorId = indicatorId;
    this.periods = periods;
    this.hasYear = hasYear;
    this.cells = cells;
    this.byKey = byKey;
    this.countries = countries;
    for (Cell c : cells) {
      if (c.dimension != null) {
        List<String> cats = categories.computeIfAbsent(c.dimension, d -> new ArrayList<>());
        if (!cats.contains(c.category)) cats.add(c.category);
      }
    }
    categories.forEach((d, cats) -> cats.sort(CodeOrder.categories(d)));
    this.lines = buildLines();
  }

  Cell at(int period, String country, Dimension dimension, String category) {
    return byKey.get(new Key(period, country, dimension, category));
  }

  int yearIndex() {
    return hasYear ? periods.size() - 1 : -1;
  }

  /** Groups rows by indicator and year (or lone quarter); rows without a cell are left out. */
  static List<Group> group(List<IndicatorValue> rows) {
    Set<String> years = new HashSet<>();
    for (IndicatorValue v : rows) if (Year.TYPE.equals(Period.parse(v.period()).type())) years.add(v.period());
    Map<List<String>, List<Integer>> byGroup = new TreeMap<>(Comparator.comparing(l -> String.join("|", l)));
    for (int i = 0; i < rows.size(); i++) {
      IndicatorValue v = rows.get(i);
      byGroup.computeIfAbsent(List.of(v.indicatorId(), timeGroup(v.period(), years)), x -> new ArrayList<>())
          .add(i);
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((key, indexes) -> groups.add(build(key.get(0), key.get(1), rows, indexes)));
    return groups;
  }

  /** The year of a quarter whose year is published, else the quarter itself. */
  private static String timeGroup(String period, Set<String> years) {
    Period p = Period.parse(period);
    if (p instanceof Quarter q && years.contains(Integer.toString(q.year()))) return Integer.toString(q.year());
    return period;
  }

  private static Group build(String indicatorId, String timeGroup, List<IndicatorValue> rows,
      List<Integer> indexes) {
    Period group = Period.parse(timeGroup);
    List<String> periods = new ArrayList<>();
    if (group instanceof Year y) {
      y.quarters().forEach(q -> periods.add(q.toString()));
      periods.add(y.toString());
    } else {
      periods.add(group.toString());
    }
    Set<List<Object>> seen = new HashSet<>();
    List<Cell> cells = new ArrayList<>();
    Map<Key, Cell> byKey = new HashMap<>();
    TreeSet<String> countries = new TreeSet<>(CodeOrder.countries());
    for (int i : indexes) {
      IndicatorValue v = rows.get(i);
      if (!seen.add(Arrays.asList(v.period(), v.country(), v.dimension(), v.category()))) {
        throw new IllegalArgumentException("Duplicate indicator_values row: " + v.period() + " "
            + indicatorId + " " + v.country() + " " + v.dimension() + " " + v.category());
      }
      Long den = v.denominator();
      // Denominator 0 or NO_SUBMISSION (null) identifies nobody: not a cell, a known zero.
      if (den == null || den <= 0) continue;
      Cell cell = new Cell(periods.indexOf(v.period()), v.country(), v.dimension(), v.category(), den, i);
      cells.add(cell);
      byKey.put(new Key(cell.period, cell.country, cell.dimension, cell.category), cell);
      countries.add(cell.country);
    }
    List<String> countryOrder = List.copyOf(countries);
    cells.sort(Comparator.<Cell>comparingInt(c -> c.period)
        .thenComparing(c -> c.country, CodeOrder.countries())
        .thenComparingInt(c -> c.dimension == null ? -1 : c.dimension.ordinal())
        .thenComparing((a, b) -> a.dimension == null ? 0 : CodeOrder.categories(a.dimension).compare(a.category, b.category)));
    for (int i = 0; i < cells.size(); i++) cells.get(i).order = i;
    return new Group(indicatorId, List.copyOf(periods), group instanceof Year, cells, byKey, countryOrder);
  }

  /** Every equation among the group's cells whose total is a cell and which the figures satisfy. */
  private List<Line> buildLines() {
    List<Line> out = new ArrayList<>();
    Map<List<Object>, List<Cell>> countryLines = new TreeMap<>(Comparator.comparing(Object::toString));
    Map<List<Object>, List<Cell>> categoryLines = new TreeMap<>(Comparator.comparing(Object::toString));
    Map<List<Object>, List<Cell>> timeLines = new TreeMap<>(Comparator.comparing(Object::toString));
    for (Cell c : cells) {
      if (!c.isRegion()) {
        countryLines.computeIfAbsent(Arrays.asList(c.period, c.dimension, c.category), x -> new ArrayList<>()).add(c);
      }
      if (c.dimension != null && PARTITIONS.contains(c.dimension)) {
        categoryLines.computeIfAbsent(Arrays.asList(c.period, c.country, c.dimension), x -> new ArrayList<>()).add(c);
      }
      if (hasYear && c.period != yearIndex()) {
        timeLines.computeIfAbsent(Arrays.asList(c.country, c.dimension, c.category), x -> new ArrayList<>()).add(c);
      }
    }
    countryLines.forEach((k, parts) -> add(out, "countries " + k, parts,
        at((Integer) k.get(0), IndicatorValue.ALL, (Dimension) k.get(1), (String) k.get(2))));
    categoryLines.forEach((k, parts) -> {
      if (add(out, "categories " + k, parts, at((Integer) k.get(0), (String) k.get(1), null, IndicatorValue.ALL))) {
        categoryLineKeys.add(k);
      }
    });
    timeLines.forEach((k, parts) -> add(out, "quarters " + k, parts,
        at(yearIndex(), (String) k.get(0), (Dimension) k.get(1), (String) k.get(2))));
    return out;
  }

  private static boolean add(List<Line> out, String name, List<Cell> parts, Cell total) {
    if (total == null) return false; // an equation exists only where its total is a row
    long sum = 0;
    for (Cell c : parts) sum += c.denominator;
    // e.g. counterparts not recorded for every member: the categories do not add up, no equation
    if (sum != total.denominator) return false;
    out.add(new Line(name, List.copyOf(parts), total));
    return true;
  }
}
