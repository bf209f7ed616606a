package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.job.QuarterlyJobEndToEndTest.query;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.publish.RunLock;
import org.mekong.mpm.publish.Warehouse;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;

/** Publishing again on a warehouse that already holds a release: idempotence, failures, the lock. */
@ExtendWith(SharedSpark.class)
class RepublicationTest {
  /** Every public and restricted mart, with the columns that carry run ids and timestamps left out. */
  private static final List<String> MARTS = List.of(
      "marts/indicator_values", "marts/indicator_catalogue", "marts/submissions", "marts/data_quality",
      "marts/retrafficking_survival", "restricted/indicator_values", "restricted/return_exceptions",
      "restricted/retrafficking_survival", "restricted/quarantine");

  private static int run(Path warehouse) {
    return Mpm.execute("run", "--input", Repo.path("data-samples").toString(), "--warehouse", warehouse.toString(),
        "--shuffle-partitions", "2");
  }

  /**
   * A run stopped after writing its marts and before the switch leaves both tiers' current releases
   * as they were; the next run on the same input ingests nothing again and publishes marts equal to
   * the first run's apart from run ids and timestamps.
   */
  @Test
  void aStoppedRunChangesNothingAndTheNextRunRepublishesTheSameMarts(SparkSession spark) throws Exception {
    Path wh = SampleWarehouse.copy();
    Path publicBefore = Files.readSymbolicLink(wh.resolve("marts/current"));
    Path restrictedBefore = Files.readSymbolicLink(wh.resolve("restricted/current"));
    System.setProperty(QuarterlyJob.FAIL_BEFORE_SWITCH, "true");
    try {
      assertThat(run(wh)).isEqualTo(Mpm.FAILURE);
    } finally {
      System.clearProperty(QuarterlyJob.FAIL_BEFORE_SWITCH);
    }
    assertThat(Files.readSymbolicLink(wh.resolve("marts/current"))).isEqualTo(publicBefore);
    assertThat(Files.readSymbolicLink(wh.resolve("restricted/current"))).isEqualTo(restrictedBefore);
    assertThat(differences(SampleWarehouse.get(), wh, "marts", "indicator_values")).isZero();
    try (var releases = Files.list(wh.resolve("marts/releases"))) {
      assertThat(releases.count()).as("the stopped run's release is removed").isEqualTo(1L);
    }

    assertThat(run(wh)).isZero();
    assertThat(Files.readSymbolicLink(wh.resolve("marts/current"))).isNotEqualTo(publicBefore);
    assertThat(query("SELECT count(*) FROM " + mart(wh, "marts", "submissions"))).containsExactly(List.of(6L));
    for (String m : MARTS) {
      String tier = m.substring(0, m.indexOf('/'));
      String name = m.substring(m.indexOf('/') + 1);
      assertThat(differences(SampleWarehouse.get(), wh, tier, name)).as(m).isZero();
    }
  }

  @Test
  void aSecondRunOnAHeldWarehouseExitsThreeAtOnce() throws Exception {
    Path wh = Files.createTempDirectory("mpm-held-");
    try (RunLock held = RunLock.acquire(Warehouse.open(wh))) {
      assertThat(run(wh)).isEqualTo(Mpm.FAILURE);
    }
    assertThat(Files.exists(wh.resolve("marts/current"))).isFalse();
  }

  /** Rows in either warehouse's mart and not in the other's, ignoring run ids and timestamps. */
  static long differences(Path a, Path b, String tier, String mart) throws SQLException {
    String cols = "* EXCLUDE (run_id)";
    if (mart.equals("submissions")) cols = "* EXCLUDE (ingested_at)";
    if (!mart.equals("indicator_values") && !mart.equals("submissions")) cols = "*";
    String left = "SELECT " + cols + " FROM " + mart(a, tier, mart);
    String right = "SELECT " + cols + " FROM " + mart(b, tier, mart);
    List<List<Object>> n = query("SELECT (SELECT count(*) FROM (" + left + " EXCEPT ALL " + right + ")) + "
        + "(SELECT count(*) FROM (" + right + " EXCEPT ALL " + left + "))");
    return (Long) n.get(0).get(0);
  }
}
