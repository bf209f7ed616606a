package org.mekong.mpm.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.StringJoiner;
import org.mekong.mpm.testing.Repo;

/**
 * A small warehouse written by DuckDB with exactly the public (and one restricted) mart schemas of schemas/marts.json:
 * several quarters and countries, suppressed cells, a country without submission, counterpart breakdowns.
 */
final class MartFixture {
  private MartFixture() {}

  // "timestamp" is an instant: Spark writes it adjusted to UTC, which DuckDB reads as TIMESTAMPTZ (MartTimestampTypeTest)
  private static final Map<String, String> DUCKDB_TYPES = Map.of("string", "VARCHAR", "date", "DATE",
      "bigint", "BIGINT", "double", "DOUBLE", "boolean", "BOOLEAN", "int", "INTEGER", "timestamp", "TIMESTAMPTZ");

  static final String INDICATORS = """
      i(indicator_id, name, section, unit, direction, target) AS (VALUES
        ('IDN-01', 'Days from screening to identification decision', 'II', 'days', 'lower', 14.0),
        ('IDN-02', 'Identification decided within 30 days of screening', 'II', 'percent', 'higher', 90.0),
        ('RET-01', 'Returns notified to the receiving country in advance', 'Return', 'percent', 'higher', 100.0),
        ('RET-02', 'Child returns escorted', 'Return', 'percent', 'higher', 100.0),
        ('RET-03', 'Case file handed over', 'Return', 'percent', 'higher', 100.0),
        ('RET-04', 'Handovers with media present', 'Return', 'percent', 'lower', 0.0),
        ('RET-05', 'Safe returns', 'Return', 'percent', 'higher', 100.0),
        ('RET-06', 'Days from identification to return', 'Return', 'days', 'lower', NULL),
        ('RET-07', 'Returns confirmed received by the counterpart country', 'Return', 'percent', 'higher', 100.0),
        ('REI-02', 'Follow-up within 3 months of reception', 'V', 'percent', 'higher', 90.0),
        ('REI-03', 'Follow-up standard met over 12 months', 'V', 'percent', 'higher', 80.0),
        ('REI-04', 'Re-trafficked within 12 months of reception', 'V', 'percent', 'lower', 0.0),
        ('VOL-01', 'Victims identified', 'II', 'count', NULL, NULL),
        ('VOL-02', 'Returns carried out', 'Return', 'count', NULL, NULL),
        ('VOL-03', 'Returnees received', 'V', 'count', NULL, NULL))""";

  // h is a stable pseudo-random 0..99 per cell; MMR has no submission for 2025Q3
  static final String INDICATOR_VALUES = "WITH " + INDICATORS + """
      ,
      p(period, period_type, period_start, period_end) AS (VALUES
        ('2024', 'YEAR', DATE '2024-01-01', DATE '2024-12-31'),
        ('2025Q1', 'QUARTER', DATE '2025-01-01', DATE '2025-03-31'),
        ('2025Q2', 'QUARTER', DATE '2025-04-01', DATE '2025-06-30'),
        ('2025Q3', 'QUARTER', DATE '2025-07-01', DATE '2025-09-30')),
      c(country) AS (VALUES ('KHM'), ('CHN'), ('LAO'), ('MMR'), ('THA'), ('VNM'), ('ALL')),
      cp(counterpart_country) AS (VALUES ('ALL'), ('KHM'), ('THA'), ('VNM')),
      cells AS (
        SELECT p.*, i.indicator_id, i.unit, i.direction, i.target, c.country, cp.counterpart_country,
          abs(hash(p.period || i.indicator_id || c.country || cp.counterpart_country)) % 100 AS h,
          c.country = 'MMR' AND p.period = '2025Q3' AS no_submission
        FROM p, i, c, cp
        WHERE cp.counterpart_country = 'ALL' OR (i.indicator_id LIKE 'RET-%' AND cp.counterpart_country <> c.country)),
      kept AS (SELECT * FROM cells WHERE NOT (no_submission AND counterpart_country <> 'ALL')),
      shaped AS (
        SELECT *,
          CASE WHEN no_submission THEN 'NO_SUBMISSION'
               WHEN h < 12 AND country <> 'ALL' THEN 'SUPPRESSED'
               WHEN h < 15 THEN 'NO_DATA' ELSE 'OK' END AS kind,
          10 + h AS den
        FROM kept),
      valued AS (
        SELECT *,
          CASE WHEN kind = 'OK' AND unit = 'percent' THEN (den * 7) // 10 + h % 4 END AS num_ok,
          CASE WHEN kind <> 'OK' THEN NULL
               WHEN unit = 'percent' THEN 100.0 * ((den * 7) // 10 + h % 4) / den
               WHEN unit = 'days' THEN 5 + h / 4.0
               ELSE den END AS val
        FROM shaped)
      SELECT 'run-001' AS run_id, period, period_type, period_start, period_end, indicator_id, country,
        'ALL' AS sex, 'ALL' AS age_group, 'ALL' AS nationality, 'ALL' AS exploitation_type, counterpart_country,
        CASE WHEN kind = 'OK' THEN num_ok WHEN kind = 'NO_DATA' AND unit = 'percent' THEN 0 END AS numerator,
        CASE WHEN kind = 'OK' THEN den WHEN kind = 'NO_DATA' THEN 0 END AS denominator,
        val AS value,
        CASE WHEN kind = 'OK' AND unit <> 'count' THEN greatest(val - 5, 0) END AS ci_low,
        CASE WHEN kind = 'OK' AND unit <> 'count' THEN CASE WHEN unit = 'percent' THEN least(val + 5, 100) ELSE val + 5 END END AS ci_high,
        unit,
        CASE WHEN unit <> 'count' THEN direction END AS direction,
        CASE WHEN unit <> 'count' THEN target END AS target,
        CASE WHEN kind <> 'OK' THEN kind
             WHEN target IS NULL OR unit = 'count' THEN 'NO_TARGET'
             WHEN (direction = 'higher' AND val >= target) OR (direction = 'lower' AND val <= target) THEN 'MET'
             ELSE 'NOT_MET' END AS status,
        kind = 'SUPPRESSED' AS suppressed
      FROM valued""";

  static final String INDICATOR_CATALOGUE = "WITH " + INDICATORS + """

      SELECT indicator_id, name, section, 'ref' AS guideline_ref, unit, direction, 'see spec' AS definition, target FROM i""";

  static final String SUBMISSIONS = """
      SELECT * FROM (VALUES
        ('KHM', DATE '2025-10-15', 'ACCEPTED', 120, 800, 3, NULL, 'K1', TIMESTAMP '2025-10-20 10:00:00'),
        ('CHN', DATE '2025-10-12', 'ACCEPTED', 90, 600, 0, NULL, 'K1', TIMESTAMP '2025-10-20 10:00:00'),
        ('LAO', DATE '2025-10-01', 'REJECTED', 0, 0, 0, 'E_HEADER', 'K1', TIMESTAMP '2025-10-20 10:00:00'),
        ('LAO', DATE '2025-07-01', 'ACCEPTED', 40, 200, 1, NULL, 'K1', TIMESTAMP '2025-07-20 10:00:00'),
        ('MMR', DATE '2025-06-30', 'ACCEPTED', 30, 150, 0, NULL, NULL, TIMESTAMP '2025-07-20 10:00:00'),
        ('THA', DATE '2025-10-10', 'ACCEPTED', 150, 1100, 7, NULL, 'K1', TIMESTAMP '2025-10-20 10:00:00'),
        ('VNM', DATE '2025-07-05', 'SUPERSEDED', 60, 300, 0, NULL, 'K1', TIMESTAMP '2025-07-20 10:00:00'),
        ('VNM', DATE '2025-10-05', 'ACCEPTED', 70, 380, 2, NULL, 'K1', TIMESTAMP '2025-10-20 10:00:00'))
      AS t(country, extract_date, status, cases, events, rows_rejected, reason, linkage_key_id, ingested_at)""";

  static final String DATA_QUALITY = """
      SELECT * FROM (VALUES
        ('KHM', DATE '2025-10-15', 'events.csv', 'E_DATE', 'row_rejected', 800, 3),
        ('THA', DATE '2025-10-10', 'events.csv', 'E_CODE', 'row_rejected', 1100, 7),
        ('THA', DATE '2025-10-10', 'cases.csv', 'W_AGE_MISSING', 'warning', 150, 9),
        ('VNM', DATE '2025-10-05', 'events.csv', 'W_LATE_EVENT', 'warning', 380, 4),
        ('KHM', DATE '2025-10-15', 'cases.csv', 'W_AGE_MISSING', 'warning', 120, 2))
      AS t(country, extract_date, file, reason_code, level, rows_checked, rows_failed)""";

  static final String RETRAFFICKING_SURVIVAL = """
      SELECT * FROM (VALUES
        ('ALL', 'ALL', 12, 200, 3, 0.985, 0.968, 1.0),
        ('ALL', 'ALL', 90, 150, 4, 0.959, 0.929, 0.989),
        ('ALL', 'ALL', 300, 40, 2, 0.911, 0.851, 0.971),
        ('ALL', '2024', 45, 80, 1, 0.988, 0.964, 1.0),
        ('THA', 'ALL', 30, 50, 1, 0.98, 0.941, 1.0),
        ('THA', 'ALL', 200, NULL, NULL, NULL, NULL, NULL),
        ('KHM', 'ALL', 60, 35, 1, 0.971, 0.916, 1.0))
      AS t(country, reception_year, day, at_risk, events, survival, ci_low, ci_high)""";

  static final String REVISIONS = """
      SELECT * FROM (VALUES
        ('2025Q3', 'RET-05', 'THA', 'ALL', 'ALL', 'ALL', 'ALL', 'ALL', 'NOT_MET', 'MET', 40, 52, 50, 52, 80.0, 100.0, 'REVISED'),
        ('2025Q3', 'RET-05', 'THA', 'F', 'ALL', 'ALL', 'ALL', 'ALL', 'NOT_MET', 'SUPPRESSED', 9, NULL, 12, NULL, 75.0, NULL, 'NOW_SUPPRESSED'),
        ('2025Q3', 'IDN-02', 'VNM', 'ALL', 'ALL', 'ALL', 'ALL', 'ALL', NULL, 'NO_DATA', NULL, 0, NULL, 0, NULL, NULL, 'NEW'))
      AS t(period, indicator_id, country, sex, age_group, nationality, exploitation_type, counterpart_country,
        old_status, new_status, old_numerator, new_numerator, old_denominator, new_denominator, old_value, new_value,
        change), (VALUES ('run-000', 'run-001')) AS r(previous_run_id, run_id)""";

  static final String RELEASES = """
      SELECT * FROM (VALUES
        ('run-001', 'PUBLISHED', '2025Q1', '2025Q3', 'CHN KHM LAO MMR THA VNM', 'CHN KHM LAO MMR THA VNM',
          TIMESTAMP '2025-10-20 10:00:00', TIMESTAMP '2025-10-27 09:00:00', NULL),
        ('run-000', 'SUPERSEDED', '2025Q1', '2025Q2', 'CHN KHM LAO THA VNM', 'CHN KHM LAO THA VNM',
          TIMESTAMP '2025-07-20 10:00:00', TIMESTAMP '2025-07-28 09:00:00', NULL))
      AS t(run_id, state, quarter_from, quarter_to, countries, approved_countries, created_at, published_at,
        withdrawn_at)""";

  /** Writes the marts under {@code warehouse}; {@code marts/current} is a relative symlink to the run folder. */
  static Path build(Path warehouse) throws IOException, SQLException {
    JsonNode schemas = new ObjectMapper().readTree(Repo.path("schemas/marts.json").toFile());
    Path run = warehouse.resolve("marts/run-001");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      write(st, schemas.path("public").path("indicator_values"), INDICATOR_VALUES, run.resolve("indicator_values"));
      write(st, schemas.path("public").path("indicator_catalogue"), INDICATOR_CATALOGUE, run.resolve("indicator_catalogue"));
      write(st, schemas.path("public").path("submissions"), SUBMISSIONS, run.resolve("submissions"));
      write(st, schemas.path("public").path("data_quality"), DATA_QUALITY, run.resolve("data_quality"));
      write(st, schemas.path("public").path("retrafficking_survival"), RETRAFFICKING_SURVIVAL, run.resolve("retrafficking_survival"));
      write(st, schemas.path("public").path("revisions"), REVISIONS, run.resolve("revisions"));
      write(st, schemas.path("public").path("releases"), RELEASES, run.resolve("releases"));
      // the restricted tier, which the lock-down must keep out of reach
      write(st, schemas.path("restricted").path("indicator_values"), INDICATOR_VALUES.replace("kind = 'SUPPRESSED' AS suppressed", "false AS suppressed"),
          warehouse.resolve("restricted/current/indicator_values"));
    }
    Files.createSymbolicLink(warehouse.resolve("marts/current"), Path.of("run-001"));
    return warehouse;
  }

  // casts every column to the contract's type, so the Parquet schema is the one the pipeline promises
  private static void write(Statement st, JsonNode mart, String select, Path folder) throws IOException, SQLException {
    StringJoiner cols = new StringJoiner(", ");
    for (JsonNode col : mart.path("columns")) {
      String name = col.path("name").asText();
      cols.add("CAST(\"" + name + "\" AS " + DUCKDB_TYPES.get(col.path("type").asText()) + ") AS \"" + name + "\"");
    }
    Files.createDirectories(folder);
    st.execute("COPY (SELECT " + cols + " FROM (" + select + ") AS src) TO '"
        + folder.resolve("part-0.parquet") + "' (FORMAT parquet)");
  }
}
