package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.IndicatorValue.Dimension;

/**
 * The five tables of one quarter and indicator. They share the total cells, so they are
 * protected together and never with another family.
 */
final class Family {
  final String period;
  final String indicatorId;
  final List<Cell> cells;
  final List<Table> tables;

  private Family(String period, String indicatorId, List<Cell> cells, List<Table> tables) {
    this.period = period;
    this.indicatorId = indicatorId;
    this.cells = cells;
    this.tables = tables;
  }

  /** Groups rows into families in (period, indicator) order; rows without a cell are left out. */
  static List<Family> group(List<IndicatorValue> rows) {
    Map<List<String>, List<Integer>> byFamily = new TreeMap<>((a, b) -> {
      int c = a.get(0).compareTo(b.get(0));
      return c != 0 ? c : a.get(1).compareTo(b.get(1));
    });
    for (int i = 0; i < rows.size(); i++) {
      IndicatorValue v = rows.get(i);
      byFamily.computeIfAbsent(List.of(v.period(), v.indicatorId()), x -> new ArrayList<>()).add(i);
    }
    List<Family> families = new ArrayList<>();
    byFamily.forEach((key, indexes) -> families.add(build(key.get(0), key.get(1), rows, indexes)));
    return families;
  }

  private static Family build(String period, String indicatorId, List<IndicatorValue> rows,
      List<Integer> indexes) {
    List<Cell> cells = new ArrayList<>();
    List<Cell> totals = new ArrayList<>();
    Map<Dimension, List<Cell>> byDimension = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) byDimension.put(d, new ArrayList<>());
    Set<List<Object>> seen = new HashSet<>();
    for (int i : indexes) {
      IndicatorValue v = rows.get(i);
      if (!seen.add(Arrays.asList(v.country(), v.dimension(), v.category()))) {
        throw new IllegalArgumentException("Duplicate indicator_values row: " + period + " "
            + indicatorId + " " + v.country() + " " + v.dimension() + " " + v.category());
      }
      Long den = v.denominator();
      // Denominator 0 or NO_SUBMISSION (null) identifies nobody: not a cell.
      if (den == null || den <= 0) continue;
      Cell cell = new Cell(v.country(), v.dimension(), v.category(), den, i);
      cells.add(cell);
      (cell.dimension == null ? totals : byDimension.get(cell.dimension)).add(cell);
    }
    List<Table> tables = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      tables.add(Table.of(new TableKey(period, indicatorId, d), byDimension.get(d), totals));
    }
    return new Family(period, indicatorId, cells, tables);
  }
}
