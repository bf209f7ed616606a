package org.mekong.mpm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.SampleWarehouse;

/** The report of the warehouse published from data-samples/, against that warehouse's own restricted tier. */
class SampleReportTest {

  @Test
  void holdsNoSuppressedValueAndNoCaseIdOfTheSampleWarehouse() throws Exception {
    Path wh = SampleWarehouse.get();
    String html = RegionalReport.render(wh, LocalDate.of(2026, 10, 20));
    List<ReportChecks.Withheld> withheld = ReportChecks.withheld((tier, mart) -> SampleWarehouse.mart(wh, tier, mart));
    assertThat(withheld).as("the sample warehouse suppresses country-level rows").isNotEmpty();
    assertThat(ReportChecks.assertNothingWithheld(html, withheld)).as("suppressed rows the page labels").isPositive();
    List<String> ids = ReportChecks.restrictedStrings((tier, mart) -> SampleWarehouse.mart(wh, tier, mart),
        "SELECT case_id FROM %s UNION ALL SELECT bilateral_ref FROM %1$s");
    assertThat(ids).isNotEmpty();
    for (String id : ids) ReportChecks.assertAbsent(html, id, "case id or bilateral reference");
  }
}
