package org.mekong.mpm.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.testing.SharedSpark;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/** Publication when something fails: each tier stays on a complete release, unfinished folders go. */
@ExtendWith(SharedSpark.class)
class PublicationTest {
  private static final MartSchemas SCHEMAS = MartSchemas.load();

  @TempDir Path dir;

  /** A release with its manifest only (the switch does not look into marts), the restricted tier switched. */
  private static void draft(Warehouse w, String runId, LinkSwitch links) {
    new Publication(w, runId, SCHEMAS, links).publish(r -> r.writeManifest("{\"run_id\": \"" + runId + "\"}"));
  }

  private static void published(Warehouse w, String runId) {
    draft(w, runId, LinkSwitch.ATOMIC_RENAME);
    Publication.switchTo(w, Tier.PUBLIC, runId);
  }

  private static String linked(Warehouse w, Tier t) throws IOException {
    return w.linkedRelease(t);
  }

  private static LinkSwitch failing() {
    return (link, target) -> {
      throw new IOException("injected: read-only file system");
    };
  }

  @Test
  void aFailedSwitchRemovesTheReleaseAndSaysWhereEachTierStands() throws IOException {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    published(w, "r1");

    assertThatThrownBy(() -> draft(w, "r2", failing()))
        .isInstanceOfSatisfying(Problem.class, e -> assertThat(Mpm.exitStatus(e.kind())).isEqualTo(Mpm.FAILURE))
        .hasMessageContaining("cannot switch restricted/current to release r2 (IOException: injected")
        .hasMessageContaining("restricted: still on release r1. marts: still on release r1.")
        .hasMessageContaining("Nothing was published");

    for (Tier t : Tier.values()) {
      assertThat(linked(w, t)).isEqualTo("r1");
      assertThat(w.current(t).resolve(Warehouse.MANIFEST)).isRegularFile();
      assertThat(w.releases(t).resolve("r2")).doesNotExist();
    }
  }

  @Test
  void aFailedFirstSwitchLeavesBothTiersWithoutARelease() throws IOException {
    Warehouse w = Warehouse.open(dir.resolve("wh"));

    assertThatThrownBy(() -> draft(w, "r1", failing()))
        .hasMessageContaining("restricted: still without a release. marts: still without a release.");

    for (Tier t : Tier.values()) {
      assertThat(Files.exists(w.current(t), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
      assertThat(w.releaseFolders(t)).isEmpty();
    }
  }

  /**
   * A write that fails in Spark's tasks ends in Spark's checked {@code SparkException}, which a
   * clean-up catching {@code RuntimeException} missed: the release folders stayed.
   */
  @Test
  void aFailedSparkWriteRemovesTheRelease(SparkSession spark) throws IOException {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    published(w, "r1");
    Dataset<Row> failingInTasks = spark.range(3).select(
        functions.lit("THA").as("country"), functions.current_date().as("extract_date"),
        functions.lit("cases.csv").as("file"), functions.col("id").as("line"),
        functions.lit("MALFORMED_ROW").as("reason_code"),
        noSpaceLeft().apply(functions.col("id")).as("fields"));
    Publication r2 = new Publication(w, "r2", SCHEMAS);

    Throwable thrown = catchAny(() -> r2.publish(r -> r.write(Tier.RESTRICTED, "quarantine", failingInTasks)));

    assertThat(thrown).isNotNull();
    assertThat(thrown).as("Spark's failure is a checked exception").isNotInstanceOf(RuntimeException.class);
    for (Tier t : Tier.values()) {
      assertThat(w.releases(t).resolve("r2")).doesNotExist();
      assertThat(linked(w, t)).isEqualTo("r1");
    }
  }

  /** Fails in the executor's task as a full disk does: an {@code IOException} while writing rows. */
  private static UserDefinedFunction noSpaceLeft() {
    return functions.udf((UDF1<Long, String>) id -> {
      throw new IOException("No space left on device (injected)");
    }, DataTypes.StringType);
  }

  private static Throwable catchAny(Runnable r) {
    try {
      r.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
