package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.job.QuarterlyJobEndToEndTest.query;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;
import org.mekong.mpm.warehouse.RunLock;
import org.mekong.mpm.warehouse.Warehouse;

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
    // stopped at the first switch (the restricted tier's), after every mart and the manifest are written
    JobRun stopped = JobRun.of(Repo.path("data-samples"), wh, JobRun.failingIn("restricted"));
    assertThat(stopped.status()).isEqualTo(Mpm.FAILURE);
    assertThat(stopped.message()).contains("Nothing was published");
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

  /**
   * Under {@code --approval none} a run switches the restricted tier, then the public one. When the
   * public switch fails, the restricted tier stays on the new release (a complete DRAFT), the public
   * tier where it was, and the message says so; the next run publishes both.
   */
  @Test
  void aFailedPublicSwitchLeavesEachTierOnACompleteReleaseAndSaysWhich(SparkSession spark) throws Exception {
    Path wh = SampleWarehouse.copy();
    Path publicBefore = Files.readSymbolicLink(wh.resolve("marts/current"));

    JobRun failed = JobRun.of(Repo.path("data-samples"), wh, JobRun.failingIn("marts"));

    assertThat(failed.status()).isEqualTo(Mpm.FAILURE);
    Path restrictedNow = Files.readSymbolicLink(wh.resolve("restricted/current"));
    String newRelease = restrictedNow.getFileName().toString();
    assertThat(failed.message()).contains("restricted: on the new release " + newRelease + " (complete, a DRAFT)")
        .contains("marts: still on release " + publicBefore.getFileName() + ".");
    assertThat(Files.readSymbolicLink(wh.resolve("marts/current"))).isEqualTo(publicBefore);
    assertThat(wh.resolve("restricted/current/manifest.json")).isRegularFile();
    assertThat(wh.resolve("marts/current/manifest.json")).isRegularFile();
    assertThat(query("SELECT count(*) > 0 FROM " + mart(wh, "restricted", "indicator_values")))
        .containsExactly(List.of(true));

    assertThat(run(wh)).isZero();
    assertThat(Files.readSymbolicLink(wh.resolve("marts/current")))
        .isEqualTo(Files.readSymbolicLink(wh.resolve("restricted/current"))).isNotEqualTo(publicBefore);
  }

  /**
   * The JVM cannot run under another umask, so the warehouse's folders are made world-writable (as
   * umask 000 makes them) or owner-only (as 077 does) before the run; what the run writes, Spark's
   * marts included, and the folders it opens come out with the tier's modes.
   */
  @Test
  void aRunSetsTheModesOfWhatItWritesWhateverTheFoldersHad(SparkSession spark) throws Exception {
    Path wh = SampleWarehouse.copy();
    for (String p : List.of("", "marts/releases", "restricted", "restricted/releases", "restricted/work")) {
      Files.setPosixFilePermissions(wh.resolve(p), PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    Files.setPosixFilePermissions(wh.resolve("marts"), PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(wh.resolve(".mpm.lock"), PosixFilePermissions.fromString("rw-rw-rw-"));

    assertThat(run(wh)).isZero();

    assertThat(modes(wh, "", "marts", "marts/releases")).containsOnly("rwxr-xr-x");
    assertThat(modes(wh, "restricted", "restricted/releases", "restricted/work", "restricted/submissions"))
        .containsOnly("rwx------");
    assertThat(modes(wh, ".mpm.lock")).containsOnly("rw-------");
    assertThat(treeModes(wh.resolve("marts/current/"), true)).containsOnly("rwxr-xr-x");
    assertThat(treeModes(wh.resolve("marts/current/"), false)).containsOnly("rw-r--r--");
    assertThat(treeModes(wh.resolve("restricted/current/"), true)).containsOnly("rwx------");
    assertThat(treeModes(wh.resolve("restricted/current/"), false)).containsOnly("rw-------");
  }

  private static List<String> modes(Path root, String... paths) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (String p : paths) out.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(p))));
    return out;
  }

  /** The modes of every folder (or every file) of a tree. */
  private static java.util.Set<String> treeModes(Path tree, boolean folders) throws Exception {
    try (var s = Files.walk(tree.toRealPath())) {
      java.util.Set<String> out = new java.util.TreeSet<>();
      for (Path p : s.filter(p -> Files.isDirectory(p) == folders).toList()) {
        out.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
      }
      return out;
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
