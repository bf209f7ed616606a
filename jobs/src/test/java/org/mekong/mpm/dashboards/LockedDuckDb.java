package org.mekong.mpm.dashboards;

import static org.mekong.mpm.dashboards.RenderedBundle.map;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens DuckDB the way duckdb-engine does for the bundle's database: an in-memory database whose config map
 * (extra.engine_params.connect_args.config) is applied at connect time, as duckdb.connect(config=...) does.
 */
final class LockedDuckDb {
  private LockedDuckDb() {}

  static Connection open(Map<String, Object> database) throws SQLException {
    if (!"duckdb:///:memory:".equals(database.get("sqlalchemy_uri"))) {
      throw new AssertionError("the bundle's database is not in-memory DuckDB: " + database.get("sqlalchemy_uri"));
    }
    Properties config = new Properties();
    config(database).forEach((k, v) -> config.setProperty(k, String.valueOf(v)));
    return DriverManager.getConnection("jdbc:duckdb:", config);
  }

  static Map<String, Object> config(Map<String, Object> database) {
    Map<String, Object> extra = map(database.get("extra"));
    return map(map(map(extra.get("engine_params")).get("connect_args")).get("config"));
  }
}
