package org.mekong.mpm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;

/** The bundle against the marts the pipeline really publishes from data-samples, read as Superset would. */
@ExtendWith(SharedSpark.class)
class PublishedMartsBundleTest {

  @Test
  void everyDatasetMetricAndChartRunsOnThePublishedSampleMarts(SparkSession spark) throws Exception {
    BundleQueryCheck.Report report = BundleQueryCheck.verify(SampleWarehouse.get());
    // the sample warehouse's release is its first publication: nothing has changed yet
    String revisions = "mpm_revisions";
    assertThat(report.datasetRows()).containsEntry(revisions, 0);
    assertThat(report.datasetRows()).isNotEmpty().allSatisfy((name, rows) -> {
      if (!name.equals(revisions)) assertThat(rows).as("rows of dataset %s", name).isPositive();
    });
    // data-samples holds no rejected submission, so that one chart is rightly empty
    String rejected = "Rejected submissions by reason";
    String changed = "What changed since the previous release";
    assertThat(report.chartRows()).containsEntry(rejected, 0).containsEntry(changed, 0);
    assertThat(report.chartRows()).isNotEmpty().allSatisfy((name, rows) -> {
      if (!name.equals(rejected) && !name.equals(changed)) assertThat(rows).as("rows of chart %s", name).isPositive();
    });
  }
}
