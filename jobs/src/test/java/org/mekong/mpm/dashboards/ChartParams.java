package org.mekong.mpm.dashboards;

import static org.mekong.mpm.dashboards.RenderedBundle.list;
import static org.mekong.mpm.dashboards.RenderedBundle.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a chart's params name: its grouping columns, metrics and filters, read the way Superset's control panels do. */
final class ChartParams {
  final String vizType;
  final Map<String, Object> params;

  ChartParams(Map<String, Object> chart) {
    this.vizType = (String) chart.get("viz_type");
    this.params = map(chart.get("params"));
  }

  /** Columns the query groups by, x-axis first. */
  List<String> dimensions() {
    List<String> out = new ArrayList<>();
    if (params.get("x_axis") instanceof String x) out.add(x);
    for (String key : List.of("groupby", "groupbyRows", "groupbyColumns", "all_columns")) {
      for (Object c : list(params.get(key))) out.add(columnName(c));
    }
    return out;
  }

  /** Metrics: saved-metric names (strings) or adhoc objects. */
  List<Object> metrics() {
    List<Object> out = new ArrayList<>(list(params.get("metrics")));
    if (params.get("metric") != null) out.add(params.get("metric"));
    out.addAll(list(params.get("percent_metrics")));
    if (params.get("timeseries_limit_metric") != null) out.add(params.get("timeseries_limit_metric"));
    return out;
  }

  List<Map<String, Object>> filters() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object f : list(params.get("adhoc_filters"))) out.add(map(f));
    return out;
  }

  /** Every dataset column the chart names: dimensions, simple filter subjects, adhoc metric columns. */
  List<String> columnsNamed() {
    List<String> out = new ArrayList<>(dimensions());
    for (Map<String, Object> f : filters()) {
      if ("SIMPLE".equals(f.get("expressionType"))) out.add((String) f.get("subject"));
    }
    for (Object m : metrics()) {
      if (m instanceof Map<?, ?> adhoc && "SIMPLE".equals(adhoc.get("expressionType"))) {
        out.add(columnName(adhoc.get("column")));
      }
    }
    return out;
  }

  /** Saved metrics named by string. */
  List<String> savedMetricsNamed() {
    List<String> out = new ArrayList<>();
    for (Object m : metrics()) if (m instanceof String s) out.add(s);
    return out;
  }

  /** Labels the conditional formatting refers to: a metric label or a grouped column. */
  List<String> formattedColumns() {
    List<String> out = new ArrayList<>();
    for (Object c : list(params.get("conditional_formatting"))) out.add((String) map(c).get("column"));
    return out;
  }

  static String columnName(Object c) {
    if (c instanceof String s) return s;
    Map<String, Object> m = map(c);
    return (String) (m.containsKey("column_name") ? m.get("column_name") : m.get("sqlExpression"));
  }
}
