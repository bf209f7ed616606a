package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.mpm.testing.SampleWarehouse.mart;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.audit.DisclosureAudit;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.testing.SampleWarehouse;
import org.mekong.mpm.testing.SharedSpark;

/** The disclosure audit over the public tier as published from data-samples, read back from its Parquet files. */
@ExtendWith(SharedSpark.class)
class PublishedDisclosureAuditTest {

  @Test
  void thePublishedPublicTierPassesTheAuditAgainstTheRestrictedTier(SparkSession spark) throws SQLException {
    Path wh = SampleWarehouse.get();
    List<IndicatorValue> restricted = read(mart(wh, "restricted", "indicator_values"));
    List<IndicatorValue> published = read(mart(wh, "marts", "indicator_values"));
    assertThat(published).hasSameSizeAs(restricted).isNotEmpty();
    assertThat(DisclosureAudit.audit(restricted, published, 10)).isEmpty();
    assertThat(published).filteredOn(IndicatorValue::suppressed).isNotEmpty();
  }

  private static List<IndicatorValue> read(String source) throws SQLException {
    return org.mekong.mpm.testing.IndicatorValuesReader.read(source);
  }
}
