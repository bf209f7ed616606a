package org.mekong.mpm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.dashboards.RenderedBundle.list;
import static org.mekong.mpm.dashboards.RenderedBundle.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mekong.mpm.testing.Repo;

/**
 * Runs the bundle against a warehouse the way Superset would: every dataset's SQL, every metric and every chart's
 * query on a DuckDB connection locked down exactly as the bundle's database says. Works on the fixture and on marts
 * published by the real pipeline alike.
 */
final class BundleQueryCheck {
  /** Rows each dataset and each chart returned, by table name and by slice name. */
  record Report(Map<String, Integer> datasetRows, Map<String, Integer> chartRows) {}

  private BundleQueryCheck() {}

  static Report verify(Path warehouse) throws Exception {
    Path zip = Files.createTempFile("mpm-bundle-", ".zip");
    try {
      DashboardBundle.render(Repo.path("dashboards"), warehouse.toAbsolutePath().toString(), zip);
      return verify(RenderedBundle.read(zip));
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  static Report verify(RenderedBundle bundle) throws SQLException {
    List<Map<String, Object>> databases = bundle.assets("databases");
    assertThat(databases).hasSize(1);
    Map<String, Integer> datasetRows = new TreeMap<>();
    Map<String, Integer> chartRows = new TreeMap<>();
    try (Connection c = LockedDuckDb.open(databases.get(0)); Statement st = c.createStatement()) {
      for (Map<String, Object> ds : bundle.assets("datasets")) {
        String name = (String) ds.get("table_name");
        try (ResultSet rs = st.executeQuery((String) ds.get("sql"))) {
          assertThat(resultColumns(rs.getMetaData())).as("columns of dataset %s (name type is_dttm)", name)
              .isEqualTo(declaredColumns(ds));
          datasetRows.put(name, count(rs));
        }
        for (Object m : list(ds.get("metrics"))) {
          String sql = "SELECT " + map(m).get("expression") + " FROM (\n" + ds.get("sql") + "\n) AS virtual_table";
          runOrFail(st, sql, "metric " + map(m).get("metric_name") + " of " + name);
        }
      }
      for (Map<String, Object> chart : bundle.assets("charts")) {
        Map<String, Object> ds = bundle.byUuid("datasets", chart.get("dataset_uuid"));
        String sql = SupersetQuery.build(chart, ds);
        chartRows.put((String) chart.get("slice_name"), runOrFail(st, sql, "chart " + chart.get("slice_name")));
      }
    }
    return new Report(datasetRows, chartRows);
  }

  private static int runOrFail(Statement st, String sql, String what) {
    try (ResultSet rs = st.executeQuery(sql)) {
      return count(rs);
    } catch (SQLException e) {
      throw new AssertionError(what + " fails: " + e.getMessage() + "\n" + sql, e);
    }
  }

  private static int count(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) n++;
    return n;
  }

  static List<String> declaredColumns(Map<String, Object> ds) {
    List<String> out = new ArrayList<>();
    for (Object o : list(ds.get("columns"))) {
      Map<String, Object> col = map(o);
      out.add(col.get("column_name") + " " + col.get("type") + " " + col.get("is_dttm"));
    }
    return out;
  }

  static List<String> resultColumns(ResultSetMetaData md) throws SQLException {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      String type = md.getColumnTypeName(i);
      boolean dttm = type.equals("DATE") || type.startsWith("TIMESTAMP");
      out.add(md.getColumnName(i) + " " + type + " " + dttm);
    }
    return out;
  }
}
