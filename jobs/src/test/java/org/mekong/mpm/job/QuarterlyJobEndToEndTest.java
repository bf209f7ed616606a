package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.indicators.Indicator;
import org.mekong.mpm.indicators.IndicatorCatalogue;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;

/** {@code mpm run} on data-samples, its marts read back with DuckDB as Superset's driver will. */
@ExtendWith(SharedSpark.class)
class QuarterlyJobEndToEndTest {
  private static Path wh;

  @BeforeAll
  static void publish(org.apache.spark.sql.SparkSession spark) {
    wh = SampleWarehouse.get();
  }

  @Test
  void publishesSixAcceptedSubmissions() throws SQLException {
    List<List<Object>> rows = query("SELECT country, status, cases > 0 FROM " + mart(wh, "marts", "submissions")
        + " ORDER BY country");
    assertThat(rows).containsExactly(
        List.of("CHN", "ACCEPTED", true), List.of("KHM", "ACCEPTED", true), List.of("LAO", "ACCEPTED", true),
        List.of("MMR", "ACCEPTED", true), List.of("THA", "ACCEPTED", true), List.of("VNM", "ACCEPTED", true));
  }

  @Test
  void everyIndicatorHasAQuarterWithMembersInSomeCountry() throws SQLException {
    List<List<Object>> rows = query("SELECT DISTINCT indicator_id FROM " + mart(wh, "restricted", "indicator_values")
        + " WHERE country <> 'ALL' AND denominator > 0");
    List<Object> ids = rows.stream().map(r -> r.get(0)).toList();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(
        IndicatorCatalogue.load().all().stream().map(Indicator::id).toList());
  }

  @Test
  void publicRowsBelowThresholdAreSuppressed() throws SQLException {
    assertThat(query("SELECT count(*) FROM " + mart(wh, "marts", "indicator_values")
        + " WHERE NOT suppressed AND denominator > 0 AND denominator < 10")).containsExactly(List.of(0L));
    assertThat(query("SELECT count(*) FROM " + mart(wh, "marts", "indicator_values")
        + " WHERE suppressed AND (numerator IS NOT NULL OR value IS NOT NULL OR status <> 'SUPPRESSED')"))
        .containsExactly(List.of(0L));
    assertThat(query("SELECT count(*) FROM " + mart(wh, "marts", "indicator_values") + " WHERE suppressed").get(0).get(0))
        .isNotEqualTo(0L);
    assertThat(query("SELECT count(*) FROM " + mart(wh, "marts", "retrafficking_survival")
        + " WHERE at_risk < 10")).containsExactly(List.of(0L));
  }

  @Test
  void restrictedTierKeepsTheUnsuppressedValuesAndIsOwnerOnly() throws Exception {
    assertThat(query("SELECT count(*) FROM " + mart(wh, "restricted", "indicator_values")
        + " WHERE suppressed OR status = 'SUPPRESSED'")).containsExactly(List.of(0L));
    assertThat(query("SELECT (SELECT count(*) FROM " + mart(wh, "restricted", "indicator_values") + ") = "
        + "(SELECT count(*) FROM " + mart(wh, "marts", "indicator_values") + ")")).containsExactly(List.of(true));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wh.resolve("restricted"))))
        .isEqualTo("rwx------");
    assertThat(query("SELECT count(*) > 0 FROM " + mart(wh, "restricted", "return_exceptions")))
        .containsExactly(List.of(true));
  }

  @Test
  void totalRowsExistForEveryQuarterIndicatorAndCommitCountry() throws SQLException {
    List<List<Object>> rows = query("SELECT count(DISTINCT period), count(DISTINCT indicator_id),"
        + " count(DISTINCT country), count(*) FROM " + mart(wh, "marts", "indicator_values")
        + " WHERE sex = 'ALL' AND age_group = 'ALL' AND nationality = 'ALL' AND exploitation_type = 'ALL'"
        + " AND counterpart_country = 'ALL' AND period_type = 'QUARTER'");
    long quarters = (Long) rows.get(0).get(0);
    assertThat(rows.get(0).get(1)).isEqualTo(33L);
    assertThat(rows.get(0).get(2)).isEqualTo(7L);
    assertThat(rows.get(0).get(3)).isEqualTo(quarters * 33 * 7);
    // data-samples runs from 2024Q1 to 2026Q3: eleven quarters
    assertThat(quarters).isEqualTo(11L);
  }

  @Test
  void everyPublicMartHasAManifestedRelease() throws Exception {
    for (String tier : List.of("marts", "restricted")) {
      Path current = wh.resolve(tier).resolve("current");
      assertThat(Files.isSymbolicLink(current)).isTrue();
      assertThat(Files.readString(current.resolve("manifest.json"))).contains("\"run_id\"", "\"THA\"", "cases.csv");
    }
  }

  static List<List<Object>> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
        out.add(row);
      }
      return out;
    }
  }
}
