package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.job.QuarterlyJobEndToEndTest.query;
import static org.mekong.mpm.job.RepublicationTest.differences;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.extract.HostileSubmissions;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;

/**
 * A rejected export of a country that already has published data: the run exits 1, says why in the
 * submissions mart, and leaves the country's accepted data current and the published values as they were.
 */
@ExtendWith(SharedSpark.class)
class RejectedSubmissionRunTest {

  @ParameterizedTest
  @CsvSource({
    "unknown-column, UNKNOWN_COLUMN",
    "too-many-rejected, TOO_MANY_REJECTED_ROWS"
  })
  void rejectedExportLeavesPublishedValuesUnchanged(String corpusCase, String reason, SparkSession spark)
      throws Exception {
    Path wh = SampleWarehouse.copy();
    Path input = Repo.path("jobs/src/test/resources/SubmissionValidatorTest/" + corpusCase);
    int status = Mpm.execute("run", "--input", input.toString(), "--warehouse", wh.toString(),
        "--shuffle-partitions", "2");

    assertThat(status).isEqualTo(Mpm.REJECTED);
    List<List<Object>> tha = query("SELECT status, reason FROM " + mart(wh, "marts", "submissions")
        + " WHERE country = 'THA' ORDER BY ingested_at");
    assertThat(tha).hasSize(2);
    assertThat(tha.get(0)).containsExactly("ACCEPTED", null);
    assertThat(tha.get(1)).containsExactly("REJECTED", reason);
    for (String m : List.of("indicator_values", "retrafficking_survival")) {
      assertThat(differences(SampleWarehouse.get(), wh, "marts", m)).as(m).isZero();
    }
    try (var staged = Files.walk(wh.resolve("restricted/submissions/THA"))) {
      assertThat(staged.filter(p -> p.getFileName().toString().equals("cases")).count())
          .as("only the accepted export has staged tables").isEqualTo(1L);
    }
  }

  /**
   * Hostile input (extract format 1.0.1) in a run: a stranger country and a record over 1 MiB are
   * each registered as rejected, nothing of them reaches the published values, and the next run on
   * the same input ingests nothing and publishes (exit 0) instead of failing again.
   */
  @org.junit.jupiter.api.Test
  void hostileSubmissionsAreRegisteredAsRejectedAndTheNextRunSucceeds(@TempDir Path tmp, SparkSession spark)
      throws Exception {
    Path wh = SampleWarehouse.copy();
    Path input = HostileSubmissions.build(tmp, "record-over-1-mib").getParent().getParent();
    Path stranger = Repo.path("jobs/src/test/resources/SubmissionValidatorTest/country-not-participating/XXX");
    Files.createDirectories(input.resolve("XXX/2026-10-05"));
    try (var files = Files.list(stranger.resolve("2026-10-05"))) {
      for (Path f : files.toList()) Files.copy(f, input.resolve("XXX/2026-10-05").resolve(f.getFileName()));
    }
    String[] run = {"run", "--input", input.toString(), "--warehouse", wh.toString(), "--shuffle-partitions", "2"};

    assertThat(Mpm.execute(run)).isEqualTo(Mpm.REJECTED);
    assertThat(query("SELECT country, status, reason FROM " + mart(wh, "marts", "submissions")
        + " WHERE status = 'REJECTED' ORDER BY country")).containsExactly(
            List.of("THA", "REJECTED", "TOO_MANY_REJECTED_ROWS"),
            List.of("XXX", "REJECTED", "COUNTRY_NOT_PARTICIPATING"));
    assertThat(differences(SampleWarehouse.get(), wh, "marts", "indicator_values")).isZero();
    assertThat(Mpm.execute(run)).isEqualTo(Mpm.OK);
  }
}
