package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.journey.CaseJourneys;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class IndicatorEngineSmokeTest {

  @Test
  void everyRuleCompilesAndAggregates(SparkSession spark) {
    CaseFixtures f = new CaseFixtures()
        .submission("THA", "2026-10-05")
        .submission("MMR", "2026-10-05")
        .caseRow("THA", "T1", "a".repeat(64), "F", 16, null, "MMR", "IDENTIFIED_HERE", "SEXUAL;ONLINE_SCAM", "THA-MMR/1")
        .event("THA", "T1", "SCREENED", "2025-01-02")
        .event("THA", "T1", "IDENTIFIED", "2025-01-10", "VICTIM", null, null)
        .event("THA", "T1", "DETAINED", "2025-01-01")
        .event("THA", "T1", "RETURN_NOTIFIED", "2025-02-01", null, "MMR", null)
        .event("THA", "T1", "RETURN_DEPARTED", "2025-02-10", null, "MMR", "ESCORTED")
        .caseRow("MMR", "M1", "a".repeat(64), "F", 16, null, "MMR", "RETURNEE", null, "THA-MMR/1")
        .event("MMR", "M1", "RECEIVED", "2025-02-11", null, "THA", "ESCORTED")
        .event("MMR", "M1", "FOLLOW_UP_VISIT", "2025-03-01");
    Dataset<Row> journeys = CaseJourneys.build(f.cases(spark), f.events(spark), f.submissions(spark));
    Dataset<Row> members = IndicatorMembers.of(journeys);
    List<Row> rows = IndicatorAggregates.compute(members, "2025Q1", "2025Q4")
        .filter("country = 'ALL' AND dimension = 'total'").collectAsList();
    assertThat(rows).extracting(r -> AggregateCells.id(r))
        .contains("IDN-01", "IDN-03", "RET-01", "RET-07", "RET-08", "REI-02", "VOL-02");
    Row ret07 = rows.stream().filter(r -> AggregateCells.id(r).equals("RET-07")).findFirst().orElseThrow();
    assertThat(ret07.<Long>getAs(AggregateTable.NUMERATOR)).isEqualTo(1L);
    assertThat(ret07.<Long>getAs(AggregateTable.DENOMINATOR)).isEqualTo(1L);
    Row idn03 = rows.stream().filter(r -> AggregateCells.id(r).equals("IDN-03")).findFirst().orElseThrow();
    assertThat(idn03.<Long>getAs(AggregateTable.NUMERATOR)).isEqualTo(1L);
  }
}
