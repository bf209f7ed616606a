package org.mekong.mpm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.mekong.mpm.indicators.IndicatorValue;

/** Reads a published indicator_values mart back into rows, with DuckDB. */
public final class IndicatorValuesReader {
  private IndicatorValuesReader() {}

  /** @param source a DuckDB table expression, e.g. {@code read_parquet('…/*.parquet')} */
  public static List<IndicatorValue> read(String source) throws SQLException {
    List<IndicatorValue> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT period, period_type, period_start, period_end, indicator_id,"
            + " country, sex, age_group, nationality, exploitation_type, counterpart_country, numerator,"
            + " denominator, value, ci_low, ci_high, unit, direction, target, status, suppressed FROM " + source)) {
      while (rs.next()) {
        out.add(new IndicatorValue(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getString(10), rs.getString(11), (Long) rs.getObject(12), (Long) rs.getObject(13),
            (Double) rs.getObject(14), (Double) rs.getObject(15), (Double) rs.getObject(16), rs.getString(17),
            rs.getString(18), (Double) rs.getObject(19), rs.getString(20), rs.getBoolean(21)));
      }
    }
    return out;
  }
}
