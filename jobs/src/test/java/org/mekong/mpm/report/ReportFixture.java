package org.mekong.mpm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.mekong.mpm.testing.Repo;

/**
 * A small two-tier warehouse written by DuckDB with the mart schemas of schemas/marts.json: the
 * restricted {@code indicator_values} with small cells that have distinctive values, and the public
 * tier derived from it by nulling those cells ({@code SUPPRESSED}), as disclosure control does.
 * With {@code annual}, it also has what contract 1.1 adds: {@code period_type} with a complete year
 * 2024, and the public {@code releases} and {@code revisions} marts.
 */
final class ReportFixture {
  private ReportFixture() {}

  private static final Map<String, String> DUCKDB_TYPES = Map.of("string", "VARCHAR", "date", "DATE",
      "bigint", "BIGINT", "double", "DOUBLE", "boolean", "BOOLEAN", "int", "INTEGER", "timestamp", "TIMESTAMP");

  static final String INDICATORS = """
      i(indicator_id, name, section, unit, direction, target) AS (VALUES
        ('IDN-01', 'Days from screening to identification decision', 'II', 'days', 'lower', 14.0),
        ('IDN-02', 'Identification decided within 30 days of screening', 'II', 'percent', 'higher', 90.0),
        ('RET-02', 'Child returns escorted', 'Return', 'percent', 'higher', 100.0),
        ('RET-05', 'Safe returns', 'Return', 'percent', 'higher', 100.0),
        ('RET-06', 'Days from identification to return', 'Return', 'days', 'lower', NULL),
        ('RET-07', 'Returns confirmed received by the counterpart country', 'Return', 'percent', 'higher', 100.0),
        ('RET-08', 'Receptions matched by the sending country''s departure record', 'Return', 'percent', 'higher', 100.0),
        ('REI-02', 'Follow-up within 3 months of reception', 'V', 'percent', 'higher', 90.0),
        ('REI-03', 'Follow-up standard met over 12 months', 'V', 'percent', 'higher', 80.0),
        ('REI-04', 'Re-trafficked within 12 months of reception', 'V', 'percent', 'lower', 0.0),
        ('VOL-01', 'Victims identified', 'II', 'count', NULL, NULL),
        ('VOL-02', 'Returns carried out', 'Return', 'count', NULL, NULL),
        ('VOL-03', 'Returnees received', 'V', 'count', NULL, NULL))""";

  /**
   * The restricted rows. {@code h} is a stable pseudo-random 0..99 per cell; a country cell with
   * {@code h < 15} is small (denominator 3..8) and gets values no published cell has (ending in .x7 days,
   * intervals of ±7.3); MMR has no submission for 2025Q1. Region cells are never small.
   */
  static String restricted(boolean annual) {
    String periods = annual ? """
        ('QUARTER', '2024Q1', DATE '2024-01-01', DATE '2024-03-31'),
        ('QUARTER', '2024Q2', DATE '2024-04-01', DATE '2024-06-30'),
        ('QUARTER', '2024Q3', DATE '2024-07-01', DATE '2024-09-30'),
        ('QUARTER', '2024Q4', DATE '2024-10-01', DATE '2024-12-31'),
        ('YEAR', '2024', DATE '2024-01-01', DATE '2024-12-31'),
        ('QUARTER', '2025Q1', DATE '2025-01-01', DATE '2025-03-31')""" : """
        ('QUARTER', '2024Q3', DATE '2024-07-01', DATE '2024-09-30'),
        ('QUARTER', '2024Q4', DATE '2024-10-01', DATE '2024-12-31'),
        ('QUARTER', '2025Q1', DATE '2025-01-01', DATE '2025-03-31')""";
    return "WITH " + INDICATORS + ",\n p(period_type, period, period_start, period_end) AS (VALUES " + periods + """
        ),
        c(country) AS (VALUES ('KHM'), ('CHN'), ('LAO'), ('MMR'), ('THA'), ('VNM'), ('ALL')),
        cp(counterpart_country) AS (VALUES ('ALL'), ('KHM'), ('CHN'), ('LAO'), ('MMR'), ('THA'), ('VNM')),
        cells AS (
          SELECT p.*, i.*, c.country, cp.counterpart_country,
            abs(hash(p.period || i.indicator_id || c.country || cp.counterpart_country)) % 100 AS h,
            c.country = 'MMR' AND p.period = '2025Q1' AS no_submission
          FROM p, i, c, cp
          WHERE cp.counterpart_country = 'ALL' OR (i.indicator_id IN ('RET-07', 'RET-08')
            AND cp.counterpart_country <> c.country AND c.country <> 'ALL')),
        kept AS (SELECT * FROM cells WHERE NOT (no_submission AND counterpart_country <> 'ALL')),
        shaped AS (
          SELECT *, CASE WHEN no_submission THEN 'NO_SUBMISSION'
                         WHEN h < 15 AND country <> 'ALL' THEN 'SMALL'
                         WHEN h < 18 AND country <> 'ALL' THEN 'NO_DATA' ELSE 'OK' END AS kind
          FROM kept),
        counted AS (
          SELECT *,
            CASE kind WHEN 'SMALL' THEN 3 + h % 6 WHEN 'OK' THEN 20 + h WHEN 'NO_DATA' THEN 0 END AS den,
            CASE kind WHEN 'SMALL' THEN 1 + h % 3 WHEN 'OK' THEN ((20 + h) * 7) // 10 + h % 4 WHEN 'NO_DATA' THEN 0 END AS num
          FROM shaped),
        valued AS (
          SELECT *,
            CASE WHEN kind NOT IN ('SMALL', 'OK') THEN NULL
                 WHEN unit = 'percent' THEN 100.0 * num / den
                 WHEN unit = 'days' THEN (CASE kind WHEN 'SMALL' THEN 40.37 + h ELSE 5 + h / 4.0 END)
                 ELSE den END AS val,
            CASE kind WHEN 'SMALL' THEN 7.3 ELSE 5 END AS half
          FROM counted)
        SELECT 'run-002' AS run_id, period, period_type, period_start, period_end, indicator_id, country,
          'ALL' AS sex, 'ALL' AS age_group, 'ALL' AS nationality, 'ALL' AS exploitation_type, counterpart_country,
          CASE WHEN unit = 'percent' THEN num END AS numerator, den AS denominator, val AS value,
          CASE WHEN val IS NOT NULL AND unit <> 'count' THEN greatest(val - half, 0) END AS ci_low,
          CASE WHEN val IS NOT NULL AND unit <> 'count' THEN CASE WHEN unit = 'percent' THEN least(val + half, 100) ELSE val + half END END AS ci_high,
          unit, CASE WHEN unit <> 'count' THEN direction END AS direction,
          CASE WHEN unit <> 'count' THEN target END AS target,
          CASE WHEN kind IN ('NO_SUBMISSION', 'NO_DATA') THEN kind
               WHEN target IS NULL OR unit = 'count' THEN 'NO_TARGET'
               WHEN (direction = 'higher' AND val >= target) OR (direction = 'lower' AND val <= target) THEN 'MET'
               ELSE 'NOT_MET' END AS status,
          false AS suppressed, kind = 'SMALL' AS small
        FROM valued""";
  }

  /** Disclosure control as the fixture needs it: every small cell suppressed, nothing else. */
  static final String PUBLIC = """
      SELECT run_id, period, period_type, period_start, period_end, indicator_id, country, sex, age_group, nationality,
        exploitation_type, counterpart_country,
        CASE WHEN small THEN NULL ELSE numerator END AS numerator,
        CASE WHEN small THEN NULL ELSE denominator END AS denominator,
        CASE WHEN small THEN NULL ELSE value END AS value,
        CASE WHEN small THEN NULL ELSE ci_low END AS ci_low,
        CASE WHEN small THEN NULL ELSE ci_high END AS ci_high,
        unit, direction, target,
        CASE WHEN small THEN 'SUPPRESSED' ELSE status END AS status, small AS suppressed
      FROM restricted_values""";

  static final String CATALOGUE = "WITH " + INDICATORS + """

      SELECT indicator_id, name, section, section || '.' || length(indicator_id) AS guideline_ref, unit, direction,
        'Definition of ' || indicator_id || ': cases <screened> & counted' AS definition, target FROM i""";

  static final String SUBMISSIONS = """
      SELECT * FROM (VALUES
        ('KHM', DATE '2025-04-15', 'ACCEPTED', 120, 800, 3, NULL, 'K1', TIMESTAMP '2025-04-20 10:00:00'),
        ('CHN', DATE '2025-04-12', 'ACCEPTED', 90, 600, 0, NULL, 'K1', TIMESTAMP '2025-04-20 10:00:00'),
        ('LAO', DATE '2025-04-01', 'REJECTED', 0, 0, 0, 'MISSING_COLUMN', 'K1', TIMESTAMP '2025-04-20 10:00:00'),
        ('LAO', DATE '2025-04-02', 'ACCEPTED', 40, 200, 1, NULL, 'K1', TIMESTAMP '2025-04-21 10:00:00'),
        ('MMR', DATE '2024-12-30', 'ACCEPTED', 30, 150, 0, NULL, NULL, TIMESTAMP '2025-01-20 10:00:00'),
        ('THA', DATE '2025-04-10', 'ACCEPTED', 150, 1100, 7, NULL, 'K1', TIMESTAMP '2025-04-20 10:00:00'),
        ('VNM', DATE '2025-01-05', 'SUPERSEDED', 60, 300, 0, NULL, 'K1', TIMESTAMP '2025-01-20 10:00:00'),
        ('VNM', DATE '2025-04-05', 'ACCEPTED', 70, 380, 2, NULL, 'K1', TIMESTAMP '2025-04-20 10:00:00'))
      AS t(country, extract_date, status, cases, events, rows_rejected, reason, linkage_key_id, ingested_at)""";

  static final String DATA_QUALITY = """
      SELECT * FROM (VALUES
        ('KHM', DATE '2025-04-15', 'events.csv', 'BAD_DATE', 'row_rejected', 800, 3),
        ('THA', DATE '2025-04-10', 'events.csv', 'BAD_ENUM', 'row_rejected', 1100, 7),
        ('THA', DATE '2025-04-10', 'cases.csv', 'TOKEN_SEX_CONFLICT', 'warning', 150, 9),
        ('VNM', DATE '2025-01-05', 'events.csv', 'EVENT_ORDER', 'warning', 300, 4),
        ('VNM', DATE '2025-04-05', 'events.csv', 'EVENT_ORDER', 'warning', 380, 5))
      AS t(country, extract_date, file, reason_code, level, rows_checked, rows_failed)""";

  /** THA's tail is small: restricted 7 at risk (survival 0.8123), public nulls. */
  static final String SURVIVAL_RESTRICTED = """
      SELECT * FROM (VALUES
        ('ALL', 'ALL', 12, 200, 3, 0.985, 0.968, 1.0),
        ('ALL', 'ALL', 90, 150, 4, 0.959, 0.929, 0.989),
        ('ALL', 'ALL', 300, 40, 2, 0.911, 0.851, 0.971),
        ('ALL', '2024', 45, 80, 1, 0.988, 0.964, 1.0),
        ('THA', 'ALL', 30, 50, 1, 0.98, 0.941, 1.0),
        ('THA', 'ALL', 200, 7, 1, 0.8123, 0.6011, 1.0),
        ('KHM', 'ALL', 60, 35, 1, 0.971, 0.916, 1.0))
      AS t(country, reception_year, day, at_risk, events, survival, ci_low, ci_high)""";

  static final String SURVIVAL_PUBLIC = """
      SELECT country, reception_year, day,
        CASE WHEN at_risk < 10 THEN NULL ELSE at_risk END AS at_risk,
        CASE WHEN at_risk < 10 THEN NULL ELSE events END AS events,
        CASE WHEN at_risk < 10 THEN NULL ELSE survival END AS survival,
        CASE WHEN at_risk < 10 THEN NULL ELSE ci_low END AS ci_low,
        CASE WHEN at_risk < 10 THEN NULL ELSE ci_high END AS ci_high
      FROM (""" + SURVIVAL_RESTRICTED + ")";

  /** Case ids the restricted tier holds; none may reach a report. */
  static final List<String> CASE_IDS = List.of("KHM-2024-000117", "THA-CASE-88412");

  static final String RETURN_EXCEPTIONS = """
      SELECT * FROM (VALUES
        ('KHM', 'KHM-2024-000117', 'BR-KT-0042', DATE '2024-11-02', 'THA'),
        ('THA', 'THA-CASE-88412', NULL, DATE '2025-02-14', 'MMR'))
      AS t(country, case_id, bilateral_ref, departure_date, counterpart_country)""";

  static final List<String[]> RELEASES_COLUMNS = List.of(
      new String[] {"run_id", "VARCHAR"}, new String[] {"state", "VARCHAR"}, new String[] {"quarter_from", "VARCHAR"},
      new String[] {"quarter_to", "VARCHAR"}, new String[] {"countries", "VARCHAR"},
      new String[] {"approved_countries", "VARCHAR"}, new String[] {"created_at", "TIMESTAMP"},
      new String[] {"published_at", "TIMESTAMP"}, new String[] {"withdrawn_at", "TIMESTAMP"});

  static final String RELEASES = """
      SELECT * FROM (VALUES
        ('run-002', 'PUBLISHED', '2024Q1', '2025Q1', 'CHN KHM LAO THA VNM', 'CHN KHM LAO THA VNM',
          TIMESTAMP '2025-04-22 08:00:00', TIMESTAMP '2025-05-02 09:30:00', NULL),
        ('run-001', 'SUPERSEDED', '2024Q1', '2024Q4', 'CHN KHM LAO MMR THA VNM', 'CHN KHM LAO MMR THA VNM',
          TIMESTAMP '2025-01-22 08:00:00', TIMESTAMP '2025-02-01 09:00:00', NULL),
        ('run-000', 'WITHDRAWN', '2024Q1', '2024Q4', 'CHN KHM THA', 'KHM',
          TIMESTAMP '2025-01-20 08:00:00', NULL, TIMESTAMP '2025-01-21 12:00:00'))
      AS t(run_id, state, quarter_from, quarter_to, countries, approved_countries, created_at, published_at, withdrawn_at)""";

  static final List<String[]> REVISIONS_COLUMNS = List.of(
      new String[] {"period", "VARCHAR"}, new String[] {"indicator_id", "VARCHAR"}, new String[] {"country", "VARCHAR"},
      new String[] {"sex", "VARCHAR"}, new String[] {"age_group", "VARCHAR"}, new String[] {"nationality", "VARCHAR"},
      new String[] {"exploitation_type", "VARCHAR"}, new String[] {"counterpart_country", "VARCHAR"},
      new String[] {"old_status", "VARCHAR"}, new String[] {"new_status", "VARCHAR"},
      new String[] {"old_numerator", "BIGINT"}, new String[] {"new_numerator", "BIGINT"},
      new String[] {"old_denominator", "BIGINT"}, new String[] {"new_denominator", "BIGINT"},
      new String[] {"old_value", "DOUBLE"}, new String[] {"new_value", "DOUBLE"}, new String[] {"change", "VARCHAR"},
      new String[] {"previous_run_id", "VARCHAR"}, new String[] {"run_id", "VARCHAR"});

  /**
   * Against run-001: the 2024 quarters' small cells were published before (their restricted value is the
   * old value, as if the population had since shrunk) and are now suppressed; other 2024Q4 cells revised
   * by −1.5; 2025Q1 and the year are new.
   */
  static final String REVISIONS = """
      SELECT period, indicator_id, country, sex, age_group, nationality, exploitation_type, counterpart_country,
        CASE WHEN period = '2025Q1' OR period_type = 'YEAR' THEN NULL WHEN small THEN 'MET' ELSE status END AS old_status,
        CASE WHEN small THEN 'SUPPRESSED' ELSE status END AS new_status,
        CASE WHEN period = '2025Q1' OR period_type = 'YEAR' THEN NULL ELSE numerator END AS old_numerator,
        CASE WHEN small THEN NULL ELSE numerator END AS new_numerator,
        CASE WHEN period = '2025Q1' OR period_type = 'YEAR' THEN NULL ELSE denominator END AS old_denominator,
        CASE WHEN small THEN NULL ELSE denominator END AS new_denominator,
        CASE WHEN period = '2025Q1' OR period_type = 'YEAR' THEN NULL WHEN small THEN value ELSE value - 1.5 END AS old_value,
        CASE WHEN small THEN NULL ELSE value END AS new_value,
        CASE WHEN period = '2025Q1' OR period_type = 'YEAR' THEN 'NEW' WHEN small THEN 'NOW_SUPPRESSED' ELSE 'REVISED' END AS change,
        'run-001' AS previous_run_id, run_id
      FROM restricted_values
      WHERE value IS NOT NULL AND (small OR period = '2024Q4' OR period = '2025Q1' OR period_type = 'YEAR')""";

  /** Writes both tiers under {@code warehouse}; {@code marts/current} and {@code restricted/current} are links. */
  static Path build(Path warehouse, boolean annual) throws IOException, SQLException {
    JsonNode schemas = new ObjectMapper().readTree(Repo.path("schemas/marts.json").toFile());
    Path pub = warehouse.resolve("marts/run-002");
    Path res = warehouse.resolve("restricted/run-002");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE restricted_values AS " + restricted(annual));
      List<String[]> values = columns(schemas.path("public").path("indicator_values"));
      if (annual && values.stream().noneMatch(col -> col[0].equals("period_type"))) {
        values.add(indexOf(values, "period") + 1, new String[] {"period_type", "VARCHAR"});
      } else if (!annual) {
        values.removeIf(col -> col[0].equals("period_type"));
      }
      write(st, values, PUBLIC, pub.resolve("indicator_values"));
      write(st, values, "SELECT * FROM restricted_values", res.resolve("indicator_values"));
      write(st, columns(schemas.path("public").path("indicator_catalogue")), CATALOGUE, pub.resolve("indicator_catalogue"));
      write(st, columns(schemas.path("public").path("submissions")), SUBMISSIONS, pub.resolve("submissions"));
      write(st, columns(schemas.path("public").path("data_quality")), DATA_QUALITY, pub.resolve("data_quality"));
      List<String[]> survival = columns(schemas.path("public").path("retrafficking_survival"));
      write(st, survival, SURVIVAL_PUBLIC, pub.resolve("retrafficking_survival"));
      write(st, survival, SURVIVAL_RESTRICTED, res.resolve("retrafficking_survival"));
      write(st, columns(schemas.path("restricted").path("return_exceptions")), RETURN_EXCEPTIONS,
          res.resolve("return_exceptions"));
      if (annual) {
        write(st, new ArrayList<>(RELEASES_COLUMNS), RELEASES, pub.resolve("releases"));
        write(st, new ArrayList<>(REVISIONS_COLUMNS), REVISIONS, pub.resolve("revisions"));
      }
    }
    Files.createSymbolicLink(warehouse.resolve("marts/current"), Path.of("run-002"));
    Files.createSymbolicLink(warehouse.resolve("restricted/current"), Path.of("run-002"));
    return warehouse;
  }

  /** {@code read_parquet} of a mart of a tier ({@code marts} or {@code restricted}) of a fixture warehouse. */
  static String mart(Path warehouse, String tier, String mart) {
    return "read_parquet('" + warehouse.resolve(tier).resolve("current").resolve(mart) + "/*.parquet')";
  }

  private static List<String[]> columns(JsonNode mart) {
    List<String[]> list = new ArrayList<>();
    for (JsonNode col : mart.path("columns")) {
      list.add(new String[] {col.path("name").asText(), DUCKDB_TYPES.get(col.path("type").asText())});
    }
    return list;
  }

  private static int indexOf(List<String[]> cols, String name) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i)[0].equals(name)) return i;
    throw new IllegalArgumentException(name);
  }

  // casts every column to the contract's type, so the Parquet schema is the one the pipeline promises
  private static void write(Statement st, List<String[]> columns, String select, Path folder)
      throws IOException, SQLException {
    StringJoiner cols = new StringJoiner(", ");
    for (String[] col : columns) cols.add("CAST(\"" + col[0] + "\" AS " + col[1] + ") AS \"" + col[0] + "\"");
    Files.createDirectories(folder);
    st.execute("COPY (SELECT " + cols + " FROM (" + select + ") AS src) TO '"
        + folder.resolve("part-0.parquet") + "' (FORMAT parquet)");
  }
}
