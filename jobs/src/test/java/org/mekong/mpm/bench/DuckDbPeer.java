package org.mekong.mpm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's peer: DuckDB computing IDN-01, RET-05, REI-02 and REI-04 (totals per country ×
 * quarter) straight from the staged Parquet of a warehouse, written from {@code spec/indicators.md}
 * independently of the pipeline's rules so that agreement means something.
 *
 * <p>Usage: {@code DuckDbPeer WAREHOUSE CELLS_FILE}; prints the query time and DuckDB's thread count.
 */
final class DuckDbPeer {
  private DuckDbPeer() {}

  public static void main(String[] args) throws Exception {
    Path warehouse = Path.of(args[0]);
    Path cellsFile = Path.of(args[1]);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      String threads = single(st, "SELECT current_setting('threads')");
      // the current submission of each country: accepted, newest extract date, latest ingested
      // (metadata only, a few JSON files: not part of the timed query)
      List<String> casePaths = new ArrayList<>();
      List<String> eventPaths = new ArrayList<>();
      String submissions = warehouse.resolve("restricted/submissions").toString();
      try (ResultSet rs = st.executeQuery("SELECT country, extractDate, id FROM ("
          + " SELECT *, row_number() OVER (PARTITION BY country ORDER BY extractDate DESC, ingestedAt DESC) AS rn"
          + " FROM read_json_auto('" + submissions + "/*/*/*/submission.json') WHERE status = 'ACCEPTED')"
          + " WHERE rn = 1 ORDER BY country")) {
        while (rs.next()) {
          String dir = submissions + "/" + rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3);
          casePaths.add("'" + dir + "/cases/*.parquet'");
          eventPaths.add("'" + dir + "/events/*.parquet'");
        }
      }
      long start = System.nanoTime();
      List<String> cells = new ArrayList<>();
      try (ResultSet rs = st.executeQuery(query(String.join(", ", casePaths), String.join(", ", eventPaths)))) {
        while (rs.next()) {
          double median = rs.getDouble(6);
          Double m = rs.wasNull() ? null : median; // right after the read: wasNull is about the last column read
          cells.add(Cells.line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), m));
        }
      }
      long done = System.nanoTime();
      Files.write(cellsFile, cells.stream().sorted().toList());
      System.out.printf(Locale.ROOT, "duckdb query %.2f s, threads %s%n", (done - start) / 1e9, threads);
    }
  }

  private static String single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Members of the four populations (observable only), then totals per indicator × country × quarter. */
  static String query(String casePaths, String eventPaths) {
    return """
        WITH c AS (SELECT * FROM read_parquet([%s])),
        e AS (SELECT * FROM read_parquet([%s])),
        -- milestone dates of each case (terms of the spec)
        ms AS (
          SELECT country, case_id,
            min(event_date) FILTER (WHERE event_type = 'SCREENED') AS screen,
            min(event_date) FILTER (WHERE event_type = 'IDENTIFIED') AS decision,
            min(event_date) FILTER (WHERE event_type = 'RECEIVED') AS reception,
            min(event_date) FILTER (WHERE event_type = 'CASE_CLOSED' AND detail = 'DECEASED') AS death
          FROM e GROUP BY country, case_id),
        j AS (
          SELECT c.country, c.case_id, c.case_type, c.age_group, c.extract_date, c.person_token,
            c.linkage_key_id, ms.screen, ms.decision, ms.reception, ms.death
          FROM c LEFT JOIN ms USING (country, case_id)),
        -- IDN-01: identified-here cases with screen and decision >= screen, at the decision
        idn01 AS (
          SELECT 'IDN-01' AS ind, country, decision AS ref, decision AS wend, extract_date,
            NULL::BOOLEAN AS num, (decision - screen)::BIGINT AS dur
          FROM j WHERE case_type = 'IDENTIFIED_HERE' AND screen IS NOT NULL AND decision >= screen),
        -- RET-05: every RETURN_DEPARTED event; preparations are any such event of the case
        dep AS (
          SELECT e.country, e.case_id, e.line, e.event_date, e.counterpart_country AS cp, e.flags,
            j.age_group, j.extract_date
          FROM e JOIN j USING (country, case_id) WHERE e.event_type = 'RETURN_DEPARTED'),
        prep AS (
          SELECT country, case_id, event_type, event_date, detail, counterpart_country AS cp FROM e
          WHERE event_type IN ('RETURN_NOTIFIED', 'CASE_FILE_TRANSFERRED', 'FAMILY_ASSESSMENT', 'RISK_ASSESSMENT')),
        ret05 AS (
          SELECT 'RET-05' AS ind, d.country, d.event_date AS ref, d.event_date AS wend, d.extract_date,
            coalesce(bool_or(p.event_type = 'RETURN_NOTIFIED' AND p.cp = d.cp AND p.event_date < d.event_date), false)
            AND coalesce(bool_or(p.event_type = 'CASE_FILE_TRANSFERRED' AND p.cp = d.cp
                AND p.event_date <= d.event_date), false)
            AND NOT list_contains(d.flags, 'MEDIA_PRESENT')
            AND (d.age_group <> 'CHILD' OR (list_contains(d.flags, 'ESCORTED')
              AND coalesce(bool_or(p.event_type = 'FAMILY_ASSESSMENT' AND p.detail = 'SUITABLE'
                AND p.event_date <= d.event_date), false)
              AND coalesce(bool_or(p.event_type = 'RISK_ASSESSMENT' AND p.event_date <= d.event_date), false)))
            AS num,
            NULL::BIGINT AS dur
          FROM dep d LEFT JOIN prep p ON p.country = d.country AND p.case_id = d.case_id
          GROUP BY d.country, d.case_id, d.line, d.event_date, d.cp, d.flags, d.age_group, d.extract_date),
        returnee AS (SELECT * FROM j WHERE case_type = 'RETURNEE' AND reception IS NOT NULL),
        -- REI-02: returnees not deceased by reception + 90; a follow-up visit in (r, r + 90]
        rei02 AS (
          SELECT 'REI-02' AS ind, r.country, r.reception + 90 AS ref, r.reception + 90 AS wend, r.extract_date,
            EXISTS (SELECT 1 FROM e WHERE e.country = r.country AND e.case_id = r.case_id
              AND e.event_type = 'FOLLOW_UP_VISIT' AND e.event_date > r.reception
              AND e.event_date <= r.reception + 90) AS num,
            NULL::BIGINT AS dur
          FROM returnee r WHERE r.death IS NULL OR r.death > r.reception + 90),
        -- re-trafficking dates: own RE_TRAFFICKED events, and victim identifications of another
        -- case with the same token under the same key, in any country
        victim_ids AS (
          SELECT c.country, c.case_id, c.person_token, c.linkage_key_id, e.event_date
          FROM e JOIN c USING (country, case_id)
          WHERE e.event_type = 'IDENTIFIED' AND e.detail IN ('VICTIM', 'PRESUMED_VICTIM')
            AND c.person_token IS NOT NULL AND c.linkage_key_id IS NOT NULL),
        retraf AS (
          SELECT country, case_id, event_date AS d FROM e WHERE event_type = 'RE_TRAFFICKED'
          UNION ALL
          SELECT r.country, r.case_id, v.event_date AS d
          FROM returnee r JOIN victim_ids v
            ON v.person_token = r.person_token AND v.linkage_key_id = r.linkage_key_id
            AND (v.country <> r.country OR v.case_id <> r.case_id)),
        -- REI-04: returnees not deceased by reception + 365; re-trafficked in (r, r + 365]
        rei04 AS (
          SELECT 'REI-04' AS ind, r.country, r.reception + 365 AS ref, r.reception + 365 AS wend, r.extract_date,
            EXISTS (SELECT 1 FROM retraf t WHERE t.country = r.country AND t.case_id = r.case_id
              AND t.d > r.reception AND t.d <= r.reception + 365) AS num,
            NULL::BIGINT AS dur
          FROM returnee r WHERE r.death IS NULL OR r.death > r.reception + 365),
        members AS (
          SELECT * FROM idn01 UNION ALL SELECT * FROM ret05 UNION ALL SELECT * FROM rei02
          UNION ALL SELECT * FROM rei04)
        SELECT ind, country, year(ref) || 'Q' || quarter(ref) AS period,
          count(*) FILTER (WHERE num) AS numerator, count(*) AS denominator,
          CASE WHEN ind = 'IDN-01' THEN quantile_cont(dur, 0.5) END AS median
        FROM members WHERE wend <= extract_date
        GROUP BY ind, country, period ORDER BY ALL
        """.formatted(casePaths, eventPaths);
  }
}
