package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.testing.SampleWarehouse;

/**
 * A change to how the pipeline computes (a faster plan, a renamed column, a new package) must
 * leave the marts of data-samples as they were: every computed mart's rows, read back by DuckDB
 * in a fixed order, digest to the values recorded in {@code golden/data-samples-marts.txt}. A
 * change that is meant to change figures regenerates that file on purpose:
 * {@code mvn -q test -Dtest=SampleMartsUnchangedTest -Dmpm.regenerate=true}, and says why in its commit.
 */
class SampleMartsUnchangedTest {
  private static final Path GOLDEN = Repo.path("jobs/src/test/resources/golden/data-samples-marts.txt");

  /** The marts the pipeline computes, with the columns that differ between runs left out. */
  private static final List<String[]> MARTS = List.of(
      new String[] {"marts", "indicator_values", "* EXCLUDE (run_id)"},
      new String[] {"restricted", "indicator_values", "* EXCLUDE (run_id)"},
      new String[] {"marts", "retrafficking_survival", "*"},
      new String[] {"restricted", "retrafficking_survival", "*"},
      new String[] {"restricted", "return_exceptions", "*"},
      new String[] {"restricted", "quarantine", "*"},
      new String[] {"marts", "data_quality", "*"});

  @Test
  void theComputedMartsOfDataSamplesAreThoseRecorded() throws Exception {
    Path wh = SampleWarehouse.get();
    StringBuilder now = new StringBuilder("# tier/mart rows sha256 of the rows (DuckDB text, ORDER BY ALL)\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String[] m : MARTS) {
        now.append(digest(st, m[0] + "/" + m[1], "SELECT " + m[2] + " FROM " + mart(wh, m[0], m[1]) + " ORDER BY ALL"))
            .append('\n');
      }
    }
    if (Boolean.getBoolean("mpm.regenerate")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, now.toString());
    }
    assertThat(now.toString())
        .as("the marts of data-samples changed; if that is meant, regenerate " + GOLDEN.getFileName()
            + " with -Dmpm.regenerate=true and say why in the commit")
        .isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void theDigestSeesAOneCellChange() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      String a = digest(st, "t", "SELECT * FROM (VALUES (1, 'a', 2.5), (2, 'b', NULL)) t(x, y, z) ORDER BY ALL");
      String b = digest(st, "t", "SELECT * FROM (VALUES (1, 'a', 2.5), (2, 'b', 0.0)) t(x, y, z) ORDER BY ALL");
      String again = digest(st, "t", "SELECT * FROM (VALUES (2, 'b', NULL), (1, 'a', 2.5)) t(x, y, z) ORDER BY ALL");
      assertThat(a).isNotEqualTo(b).isEqualTo(again);
    }
  }

  private static String digest(Statement st, String name, String sql) throws SQLException, IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long rows = 0;
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('\u001f');
        sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        rows++;
      }
    }
    return name + " " + rows + " " + HexFormat.of().formatHex(sha.digest());
  }
}
