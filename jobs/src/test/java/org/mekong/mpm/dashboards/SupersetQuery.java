package org.mekong.mpm.dashboards;

import static org.mekong.mpm.dashboards.RenderedBundle.list;
import static org.mekong.mpm.dashboards.RenderedBundle.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The SQL Superset's DuckDB engine would send for a chart: its metrics grouped by its dimensions over the virtual
 * dataset as a subquery, with its adhoc filters; close enough to catch a wrong column, metric or filter.
 */
final class SupersetQuery {
  private SupersetQuery() {}

  static String build(Map<String, Object> chart, Map<String, Object> dataset) {
    ChartParams p = new ChartParams(chart);
    List<String> select = new ArrayList<>();
    List<String> groupBy = new ArrayList<>();
    String grain = (String) p.params.get("time_grain_sqla");
    String xAxis = p.params.get("x_axis") instanceof String x ? x : null;
    for (String col : p.dimensions()) {
      String expr = quote(col);
      if (col.equals(xAxis) && grain != null && isDttm(dataset, col)) expr = truncate(grain, expr);
      select.add(expr + " AS " + quote(col));
      groupBy.add(expr);
    }
    for (Object m : p.metrics()) select.add(metricExpression(m, dataset) + " AS " + quote(metricLabel(m)));
    StringJoiner where = new StringJoiner(" AND ");
    for (Map<String, Object> f : p.filters()) {
      String cond = condition(f);
      if (cond != null) where.add(cond);
    }
    StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select))
        .append("\nFROM (\n").append(dataset.get("sql")).append("\n) AS virtual_table");
    if (where.length() > 0) sql.append("\nWHERE ").append(where);
    if (!groupBy.isEmpty() && !p.metrics().isEmpty()) sql.append("\nGROUP BY ").append(String.join(", ", groupBy));
    Object limit = p.params.get("row_limit");
    sql.append("\nLIMIT ").append(limit instanceof Integer i ? i.intValue() : 10000);
    return sql.toString();
  }

  // DuckDBEngineSpec's time grain expressions
  static String truncate(String grain, String expr) {
    String unit = switch (grain) {
      case "P1D" -> "day";
      case "P1W" -> "week";
      case "P1M" -> "month";
      case "P3M" -> "quarter";
      case "P1Y" -> "year";
      default -> throw new AssertionError("time grain " + grain + " is not one DuckDB's engine spec offers");
    };
    return "DATE_TRUNC('" + unit + "', " + expr + ")";
  }

  static String metricExpression(Object m, Map<String, Object> dataset) {
    if (m instanceof String name) {
      for (Object o : list(dataset.get("metrics"))) {
        if (name.equals(map(o).get("metric_name"))) return (String) map(o).get("expression");
      }
      throw new AssertionError("metric " + name + " is not in dataset " + dataset.get("table_name"));
    }
    Map<String, Object> adhoc = map(m);
    if ("SQL".equals(adhoc.get("expressionType"))) return (String) adhoc.get("sqlExpression");
    return adhoc.get("aggregate") + "(" + quote(ChartParams.columnName(adhoc.get("column"))) + ")";
  }

  static String metricLabel(Object m) {
    return m instanceof String s ? s : (String) map(m).get("label");
  }

  static String condition(Map<String, Object> f) {
    if ("SQL".equals(f.get("expressionType"))) {
      return "WHERE".equals(f.get("clause")) ? "(" + f.get("sqlExpression") + ")" : null;
    }
    String col = quote((String) f.get("subject"));
    Object v = f.get("comparator");
    String op = (String) f.get("operator");
    return switch (op) {
      case "TEMPORAL_RANGE" -> "No filter".equals(v) ? null : fail(op + " " + v);
      case "==" -> col + " = " + literal(v);
      case "!=" -> col + " <> " + literal(v);
      case ">", "<", ">=", "<=" -> col + " " + op + " " + literal(v);
      case "IN", "NOT IN" -> col + " " + op + " (" + literals(v) + ")";
      case "IS NULL", "IS NOT NULL", "IS TRUE", "IS FALSE" -> col + " " + op;
      case "LIKE", "ILIKE" -> col + " " + op + " " + literal(v);
      default -> fail("operator " + op);
    };
  }

  private static String fail(String what) {
    throw new AssertionError("the query check does not know " + what);
  }

  static String literals(Object v) {
    StringJoiner j = new StringJoiner(", ");
    for (Object o : list(v)) j.add(literal(o));
    return j.toString();
  }

  static String literal(Object v) {
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    return "'" + String.valueOf(v).replace("'", "''") + "'";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static boolean isDttm(Map<String, Object> dataset, String col) {
    for (Object o : list(dataset.get("columns"))) {
      if (col.equals(map(o).get("column_name"))) return Boolean.TRUE.equals(map(o).get("is_dttm"));
    }
    return false;
  }
}
