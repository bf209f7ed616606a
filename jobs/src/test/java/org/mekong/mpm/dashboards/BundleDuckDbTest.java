package org.mekong.mpm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.testing.Repo;

class BundleDuckDbTest {
  @TempDir static Path tmp;
  static Path warehouse;
  static RenderedBundle bundle;

  @BeforeAll
  static void buildWarehouseAndBundle() throws Exception {
    warehouse = MartFixture.build(tmp.resolve("warehouse"));
    Path zip = tmp.resolve("bundle.zip");
    DashboardBundle.render(Repo.path("dashboards"), warehouse.toString(), zip);
    bundle = RenderedBundle.read(zip);
  }

  @Test
  void everyDatasetMetricAndChartQueryRunsUnderTheLockDownAndReturnsRows() throws Exception {
    BundleQueryCheck.Report report = BundleQueryCheck.verify(warehouse);

    assertThat(report.datasetRows()).hasSize(bundle.assets("datasets").size()).allSatisfy((name, rows) ->
        assertThat(rows).as("rows of dataset %s", name).isPositive());
    assertThat(report.chartRows()).hasSize(bundle.assets("charts").size()).allSatisfy((name, rows) ->
        assertThat(rows).as("rows of chart %s", name).isPositive());
  }

  @Test
  void suppressedAndMissingSubmissionsAreShownAsSuchNotAsZero() throws Exception {
    Map<String, String> shown = new java.util.TreeMap<>();
    try (Connection c = locked(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT status, value_display FROM (" + datasetSql("mpm_indicator_values_named")
            + ") WHERE status IN ('SUPPRESSED', 'NO_SUBMISSION', 'NO_DATA')")) {
      while (rs.next()) shown.put(rs.getString(1), rs.getString(2));
    }
    assertThat(shown).containsEntry("SUPPRESSED", "SUPPRESSED").containsEntry("NO_SUBMISSION", "NO SUBMISSION")
        .containsEntry("NO_DATA", "NO DATA");
  }

  @Test
  void theScorecardListsEveryCountryIncludingOneWithoutSubmission() throws Exception {
    Map<String, Object> chart = chart("Headline indicators by country against target");
    String sql = SupersetQuery.build(chart, bundle.byUuid("datasets", chart.get("dataset_uuid")));
    List<String> mmr = new ArrayList<>();
    try (Connection c = locked(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT value_display FROM (" + sql + ") WHERE country = 'MMR' AND period = '2025Q3'")) {
      while (rs.next()) mmr.add(rs.getString(1));
    }
    assertThat(mmr).containsExactly("NO SUBMISSION");
  }

  @Test
  void theLockedConnectionCannotReadSystemFiles() throws Exception {
    try (Connection c = locked()) {
      assertThat(failure(c, "SELECT * FROM read_csv('/etc/passwd')")).contains("Permission Error");
      assertThat(failure(c, "SELECT * FROM read_text('/etc/hostname')")).contains("Permission Error");
    }
  }

  @Test
  void theLockedConnectionCannotReadTheRestrictedTier() throws Exception {
    String restricted = warehouse.resolve("restricted/current/indicator_values") + "/**/*.parquet";
    String climbing = warehouse.resolve("marts/current/../../restricted/current/indicator_values/part-0.parquet").toString();
    try (Connection c = locked()) {
      assertThat(failure(c, "SELECT * FROM read_parquet('" + restricted + "')")).contains("Permission Error");
      assertThat(failure(c, "SELECT * FROM read_parquet('" + climbing + "')")).contains("Permission Error");
    }
  }

  @Test
  void theLockedConnectionCannotBeUnlocked() throws Exception {
    try (Connection c = locked()) {
      assertThat(failure(c, "SET enable_external_access = true")).contains("locked");
      assertThat(failure(c, "SET allowed_directories = ['/']")).contains("locked");
      assertThat(failure(c, "SET lock_configuration = false")).contains("locked");
      assertThat(failure(c, "ATTACH '" + warehouse.resolve("x.duckdb") + "'")).isNotEmpty();
    }
  }

  @Test
  void theLockedConnectionHasNoTemporaryDirectoryToReadOrWrite() throws Exception {
    // DuckDB adds its temporary directory (default .tmp, relative to the working directory) to the allowed ones
    try (Connection c = locked(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('temp_directory'), current_setting('allowed_directories')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEmpty();
      assertThat(rs.getString(2)).doesNotContain(".tmp");
    }
    try (Connection c = locked()) {
      assertThat(failure(c, "COPY (SELECT 1 AS x) TO '.tmp/attempt.csv'")).contains("Permission Error");
      assertThat(failure(c, "SELECT * FROM read_text('.tmp/*')")).contains("Permission Error");
      assertThat(failure(c, "SET temp_directory = '" + tmp + "'")).contains("locked");
    }
  }

  /**
   * Writing inside marts/ is something DuckDB's settings cannot forbid: allowed_directories grants
   * reading and writing alike. Each attempt is either refused, or named in docs/superset.md among
   * what needs the read-only mount (and then refused by a read-only folder, see the next test).
   */
  @Test
  void writesInsideTheMartsAreRefusedOrDocumentedAsNeedingTheReadOnlyMount() throws Exception {
    String limits = Files.readString(Repo.path("docs/superset.md"));
    limits = limits.substring(limits.indexOf("## What DuckDB enforces and what needs the read-only mount"));
    limits = limits.substring(0, limits.indexOf("\n## ", 5));
    Map<String, String> attempts = writeAttempts(warehouse.resolve("marts"));
    for (Map.Entry<String, String> a : attempts.entrySet()) {
      String outcome;
      try (Connection c = locked()) {
        outcome = attempt(c, a.getValue());
      } finally {
        removeAttempts(warehouse.resolve("marts"));
      }
      if (outcome == null) {
        assertThat(limits).as("%s is allowed by DuckDB, so the docs must say the mount refuses it", a.getKey())
            .contains(a.getKey());
      } else {
        assertThat(outcome).as(a.getKey()).containsAnyOf("Permission Error", "read-only", "Read-only");
      }
    }
  }

  @Test
  void aReadOnlyMartsFolderRefusesTheWritesDuckDbAllows() throws Exception {
    Path marts = warehouse.resolve("marts");
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(marts);
    Files.setPosixFilePermissions(marts, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(marts), "the file system lets this user write anyway (root)");
      for (Map.Entry<String, String> a : writeAttempts(marts).entrySet()) {
        try (Connection c = locked()) {
          assertThat(attempt(c, a.getValue())).as(a.getKey()).isNotNull();
        }
      }
    } finally {
      Files.setPosixFilePermissions(marts, before);
      removeAttempts(marts);
    }
  }

  /** The writes tried inside marts/, by the words docs/superset.md uses for them. */
  private static Map<String, String> writeAttempts(Path marts) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("COPY … TO", "COPY (SELECT 1 AS x) TO '" + marts.resolve("attempt-copy.parquet") + "' (FORMAT parquet)");
    out.put("ATTACH", "ATTACH '" + marts.resolve("attempt-attach.duckdb") + "' AS attempt;"
        + " CREATE TABLE attempt.t AS SELECT 1 AS x");
    out.put("EXPORT DATABASE", "EXPORT DATABASE '" + marts.resolve("attempt-export") + "'");
    return out;
  }

  private static void removeAttempts(Path marts) throws IOException {
    try (Stream<Path> s = Files.list(marts)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("attempt")).toList()) {
        try (Stream<Path> tree = Files.walk(p)) {
          for (Path q : tree.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
      }
    }
  }

  /** Null when the statement ran, else its error message. */
  private static String attempt(Connection c, String sql) {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  @Test
  void setStatementsNeedAllowedDirectoriesBeforeExternalAccessIsSwitchedOff() throws Exception {
    // why the bundle passes the lock-down as connect-time config, where DuckDB applies all of it at once
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET enable_external_access = false");
      assertThat(failure(c, "SET allowed_directories = ['" + warehouse + "/marts/']")).contains("enable_external_access");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET allowed_directories = ['" + warehouse + "/marts/']");
      st.execute("SET enable_external_access = false");
      st.execute("SET lock_configuration = true");
      try (ResultSet rs = st.executeQuery(datasetSql("mpm_indicator_catalogue"))) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  /** The error message of a statement that must fail; a fresh statement each time, as DuckDB closes one that failed. */
  private static String failure(Connection c, String sql) {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected to fail under the lock-down: " + sql);
  }

  private static Connection locked() throws SQLException {
    return LockedDuckDb.open(bundle.assets("databases").get(0));
  }

  private static String datasetSql(String table) {
    return (String) bundle.assets("datasets").stream().filter(d -> table.equals(d.get("table_name"))).findFirst()
        .orElseThrow().get("sql");
  }

  private static Map<String, Object> chart(String sliceName) {
    return bundle.assets("charts").stream().filter(c -> sliceName.equals(c.get("slice_name"))).findFirst().orElseThrow();
  }
}
