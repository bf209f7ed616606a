package org.mekong.mpm.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;
import org.mekong.mpm.warehouse.Warehouse;

/** Case keys: one number per (country, line), the same from Java and from Spark, and for old stagings. */
@ExtendWith(SharedSpark.class)
class CaseKeyTest {

  @Test
  void packsTheCountryAboveTheLine() {
    assertThat(CaseKey.of("AAA", 0)).isZero();
    assertThat(CaseKey.of("AAA", 7)).isEqualTo(7);
    assertThat(CaseKey.of("AAB", 7)).isEqualTo((1L << 40) + 7);
    // T=19, H=7, A=0: 19*676 + 7*26 + 0
    assertThat(CaseKey.of("THA", 2)).isEqualTo((19L * 676 + 7 * 26) << 40 | 2);
    assertThat(CaseKey.of("ZZZ", (1L << 40) - 1)).isPositive();
    assertThatThrownBy(() -> CaseKey.of("THA", 1L << 40)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseKey.of("tha", 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void distinctCasesGetDistinctKeys() {
    Set<Long> keys = new HashSet<>();
    for (String c : List.of("KHM", "CHN", "LAO", "MMR", "THA", "VNM")) {
      for (long line : new long[] {2, 3, 1_000_000, (1L << 40) - 1}) keys.add(CaseKey.of(c, line));
    }
    assertThat(keys).hasSize(24);
  }

  @Test
  void sparksExpressionGivesTheSameKeys(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (String c : List.of("AAA", "KHM", "THA", "ZZZ")) {
      for (long line : new long[] {0, 2, 123_456_789_012L}) rows.add(RowFactory.create(c, line));
    }
    Dataset<Row> df = spark.createDataFrame(rows, new StructType().add("country", "string").add("line", "long"));
    for (Row r : df.select(functions.col("country"), functions.col("line"),
        CaseKey.of(functions.col("country"), functions.col("line")).as("key")).collectAsList()) {
      assertThat(r.getLong(2)).as("%s %s", r.get(0), r.get(1)).isEqualTo(CaseKey.of(r.getString(0), r.getLong(1)));
    }
  }

  @Test
  void submissionsStagedBeforeCaseKeysGetTheSameKeys(SparkSession spark, @TempDir Path tmp) throws Exception {
    SubmissionRegistry registry = SubmissionRegistry.load(Warehouse.open(SampleWarehouse.get()));
    List<SubmissionRecord> current = registry.current();
    StagedSubmissions now = StagedSubmissions.read(spark, registry, current);

    List<Path> oldCases = new ArrayList<>();
    List<Path> oldEvents = new ArrayList<>();
    for (SubmissionRecord r : current) {
      Path dir = Files.createDirectories(tmp.resolve(r.country()));
      oldCases.add(writeWithout(spark, registry.stagedCases(r), dir.resolve("cases"), StagedCases.CASE_KEY));
      oldEvents.add(writeWithout(spark, registry.stagedEvents(r), dir.resolve("events"), StagedEvents.CASE_KEY));
    }
    StagedSubmissions old = StagedSubmissions.read(spark, oldCases, oldEvents);

    assertThat(old.cases().schema()).isEqualTo(now.cases().schema());
    assertThat(old.events().schema()).isEqualTo(now.events().schema());
    assertThat(now.events().count()).isPositive();
    assertThat(old.cases().exceptAll(now.cases()).count()).isZero();
    assertThat(now.cases().exceptAll(old.cases()).count()).isZero();
    assertThat(old.events().exceptAll(now.events()).count()).isZero();
    assertThat(now.events().exceptAll(old.events()).count()).isZero();
  }

  private static Path writeWithout(SparkSession spark, Path from, Path to, String column) {
    spark.read().parquet(from.toUri().toString()).drop(column).write().parquet(to.toUri().toString());
    return to;
  }
}
