package org.mekong.mpm.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.stage.SubmissionRecord;
import org.mekong.mpm.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class MartFramesTest {

  /** Records written before key ids were checked may hold anything; the public mart must not. */
  @Test
  void aKeyIdOfAnotherShapeIsWithheldFromThePublicSubmissionsMart(SparkSession spark) {
    List<SubmissionRecord> records = List.of(
        record("THA", "regional-2026.k1"),
        record("VNM", "Nguyen Van A +84 912 345 678"),
        record("KHM", null));
    List<Row> rows = new MartFrames(spark, MartSchemas.load()).submissions(records)
        .select("country", "linkage_key_id").collectAsList();
    assertThat(rows).extracting(r -> Arrays.asList(r.getString(0), r.getString(1)))
        .containsExactly(List.of("THA", "regional-2026.k1"), Arrays.asList("VNM", null), Arrays.asList("KHM", null));
  }

  private static SubmissionRecord record(String country, String keyId) {
    return new SubmissionRecord("id-" + country, country, "2026-10-05", SubmissionRecord.ACCEPTED, null, 10, 20, 0,
        keyId, "2026-10-06T08:00:00Z", Map.of(), List.of());
  }
}
