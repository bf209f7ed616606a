package org.mekong.mpm.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mekong.mpm.indicators.IndicatorValue;

/**
 * Countries (region last) by categories (the total column last) for one quarter, indicator and
 * dimension. Absent positions are null: they hold no cell and are known to be 0.
 */
final class Table {
  final TableKey key;
  /** Both directions add up; otherwise only the countries add up within each column. */
  final boolean twoWay;
  final List<String> rows;
  final List<String> columns;
  final Cell[][] grid;

  private Table(TableKey key, boolean twoWay, List<String> rows, List<String> columns) {
    this.key = key;
    this.twoWay = twoWay;
    this.rows = rows;
    this.columns = columns;
    this.grid = new Cell[rows.size()][columns.size()];
  }

  /** Builds the table of {@code key} from the family's category cells and its total cells. */
  static Table of(TableKey key, List<Cell> categoryCells, List<Cell> totals) {
    TreeSet<String> rows = new TreeSet<>(CodeOrder.countries());
    TreeSet<String> columns = new TreeSet<>(CodeOrder.categories(key.dimension()));
    columns.add(IndicatorValue.ALL);
    for (Cell c : categoryCells) {
      rows.add(c.country);
      columns.add(c.category);
    }
    totals.forEach(c -> rows.add(c.country));
    // Overlapping groups (exploitation type) and a dimension with no rows state no row equation.
    boolean twoWay = key.dimension() != IndicatorValue.Dimension.EXPLOITATION_TYPE
        && !categoryCells.isEmpty();
    Table t = new Table(key, twoWay, List.copyOf(rows), List.copyOf(columns));
    for (Cell c : categoryCells) t.place(c);
    for (Cell c : totals) t.place(c);
    return t;
  }

  private void place(Cell c) {
    grid[rows.indexOf(c.country)][columns.indexOf(c.category)] = c;
  }

  int rowOf(Cell c) {
    return rows.indexOf(c.country);
  }

  int columnOf(Cell c) {
    return columns.indexOf(c.category);
  }

  Cell at(int row, int column) {
    return grid[row][column];
  }

  /** The lines that add up: every column, and every row when both directions do. */
  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    if (twoWay) {
      for (int r = 0; r < rows.size(); r++) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : grid[r]) if (c != null) cells.add(c);
        if (!cells.isEmpty()) lines.add(new Line("row " + rows.get(r), cells));
      }
    }
    for (int col = 0; col < columns.size(); col++) {
      List<Cell> cells = new ArrayList<>();
      for (Cell[] row : grid) if (row[col] != null) cells.add(row[col]);
      if (!cells.isEmpty()) lines.add(new Line("column " + columns.get(col), cells));
    }
    return lines;
  }
}
