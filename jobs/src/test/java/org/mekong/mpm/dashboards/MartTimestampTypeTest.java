package org.mekong.mpm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.dashboards.RenderedBundle.list;
import static org.mekong.mpm.dashboards.RenderedBundle.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.publish.MartFrames;
import org.mekong.mpm.publish.MartSchemas;
import org.mekong.mpm.stage.SubmissionRecord;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.testing.SharedSpark;

/**
 * The bundle declares each column with the type DuckDB reports for it. Spark writes the contract's
 * {@code timestamp} (an instant) as Parquet TIMESTAMP_MICROS adjusted to UTC, which DuckDB reads as
 * TIMESTAMP WITH TIME ZONE; the other bundle tests run on a DuckDB-written fixture, so this one
 * writes the mart the way publication does.
 */
@ExtendWith(SharedSpark.class)
class MartTimestampTypeTest {

  @Test
  void ingestedAtIsDeclaredAsTheTypeDuckDbReadsFromASparkWrittenSubmissionsMart(SparkSession spark, @TempDir Path tmp)
      throws Exception {
    SubmissionRecord record = new SubmissionRecord("THA-2026-10-05", "THA", "2026-10-05", "ACCEPTED", null,
        3, 9, 0, "regional-demo-2026", "2026-10-06T08:30:00Z", Map.of(), List.of());
    Path mart = tmp.resolve("submissions");
    new MartFrames(spark, MartSchemas.load()).submissions(List.of(record)).write().parquet(mart.toUri().toString());

    String duckDbType;
    String value;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET TimeZone = 'UTC'");
      try (ResultSet rs = st.executeQuery("SELECT ingested_at, CAST(ingested_at AS VARCHAR) FROM read_parquet('"
          + mart + "/*.parquet')")) {
        duckDbType = rs.getMetaData().getColumnTypeName(1);
        assertThat(rs.next()).isTrue();
        value = rs.getString(2);
      }
    }
    assertThat(value).as("the instant survives the round trip").isEqualTo("2026-10-06 08:30:00+00");
    assertThat(duckDbType).isEqualTo("TIMESTAMP WITH TIME ZONE");
    assertThat(declaredType("mpm_submissions", "ingested_at")).isEqualTo(duckDbType);
  }

  private static String declaredType(String dataset, String column) throws Exception {
    Map<String, Object> ds = map(RenderedBundle.yaml().load(
        Files.readString(Repo.path("dashboards/datasets/mpm_marts/" + dataset + ".yaml"))));
    for (Object o : list(ds.get("columns"))) {
      if (column.equals(map(o).get("column_name"))) return (String) map(o).get("type");
    }
    throw new AssertionError(column + " is not declared in " + dataset);
  }
}
