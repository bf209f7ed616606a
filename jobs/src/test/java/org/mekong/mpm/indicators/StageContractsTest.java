package org.mekong.mpm.indicators;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.journey.CaseJourneys;
import org.mekong.mpm.journey.JourneyTable;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/**
 * Every stage boundary refuses a table whose columns are not its contract's, naming the stage, the
 * table and the column, before any work is done on it.
 */
@ExtendWith(SharedSpark.class)
class StageContractsTest {

  private static CaseFixtures fixture() {
    return new CaseFixtures().submission("THA", "2025-12-31")
        .simpleCase("THA", "C1", "IDENTIFIED_HERE", "MMR", 30)
        .event("THA", "C1", "IDENTIFIED", "2025-01-10", "VICTIM", null, null);
  }

  @Test
  void theJourneyStageRefusesStagedCasesWithoutAColumn(SparkSession spark) {
    CaseFixtures f = fixture();
    assertThatThrownBy(() -> CaseJourneys.build(f.cases(spark).drop("age_group"), f.events(spark),
            f.submissions(spark)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("journey stage: table staged cases does not match its contract: column age_group is missing");
  }

  @Test
  void theJourneyStageRefusesStagedEventsOfAWrongType(SparkSession spark) {
    CaseFixtures f = fixture();
    Dataset<Row> events = f.events(spark).withColumn("event_date", col("event_date").cast("string"));
    assertThatThrownBy(() -> CaseJourneys.build(f.cases(spark), events, f.submissions(spark)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("journey stage: table staged events does not match its contract:"
            + " column event_date has type string, the contract says date");
  }

  @Test
  void theIndicatorStageRefusesJourneysWithoutAColumnOrWithAnOldEventField(SparkSession spark) {
    Dataset<Row> journeys = AggregateCells.journeys(spark, fixture());
    assertThatThrownBy(() -> IndicatorMembers.of(journeys.drop(JourneyTable.RECEPTION)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("indicator stage: table journeys does not match its contract: column reception is missing");
    // an event struct still carrying a field under its old name: the events column's type differs
    Dataset<Row> oldEvents = journeys.withColumn(JourneyTable.EVENTS, functions.transform(col("events"),
        e -> e.withField("o7", e.getField(JourneyTable.Event.DEPARTURE_COUNTERPART_OBSERVABLE))
            .dropFields(scala.jdk.javaapi.CollectionConverters.asScala(
                java.util.List.of(JourneyTable.Event.DEPARTURE_COUNTERPART_OBSERVABLE)).toSeq())));
    assertThatThrownBy(() -> IndicatorMembers.of(oldEvents))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("indicator stage: table journeys does not match its contract: column events has type")
        .hasMessageContaining("o7");
    assertThatThrownBy(() -> RetraffickingSurvival.compute(journeys.drop(JourneyTable.DEATH)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("column death is missing");
  }

  @Test
  void theAggregationRefusesMembersOfAWrongType(SparkSession spark) {
    Dataset<Row> members = IndicatorMembers.of(AggregateCells.journeys(spark, fixture()));
    Dataset<Row> wrong = members.withColumn(MemberTable.DURATION_DAYS, col(MemberTable.DURATION_DAYS).cast("long"));
    assertThatThrownBy(() -> IndicatorAggregates.compute(wrong, "2025Q1", "2025Q4"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("indicator stage: table indicator members does not match its contract:"
            + " column duration_days has type bigint, the contract says int");
    assertThatThrownBy(() -> IndicatorAggregates.compute(members.withColumnRenamed("in_numerator", "num"),
            "2025Q1", "2025Q4"))
        .hasMessageContaining("column in_numerator is missing");
  }

  @Test
  void aggregatesWithoutTheMedianOrWithAnExtraColumnAreRefused(SparkSession spark) {
    Dataset<Row> members = IndicatorMembers.of(AggregateCells.journeys(spark, fixture()));
    Dataset<Row> aggregates = IndicatorAggregates.compute(members, "2025Q1", "2025Q4");
    assertThatThrownBy(() -> AggregateTable.CONTRACT.check("disclosure", aggregates.drop(AggregateTable.MEDIAN)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("disclosure stage: table indicator aggregates does not match its contract:"
            + " column median is missing");
    Dataset<Row> extra = aggregates.withColumn("extra", functions.lit(1));
    assertThatThrownBy(() -> AggregateTable.CONTRACT.check("disclosure", extra))
        .hasMessageEndingWith("column extra is not in the contract");
  }

  @Test
  void columnOrderAndNullabilityDoNotMatter(SparkSession spark) {
    Dataset<Row> members = IndicatorMembers.of(AggregateCells.journeys(spark, fixture()));
    Dataset<Row> reordered = members.select(col(MemberTable.DURATION_DAYS), col(MemberTable.INDICATOR_ID),
        col(MemberTable.COUNTRY), functions.coalesce(col(MemberTable.REFERENCE_DATE), functions.current_date())
            .as(MemberTable.REFERENCE_DATE), col(MemberTable.SEX), col(MemberTable.AGE_GROUP),
        col(MemberTable.NATIONALITY), col(MemberTable.EXPLOITATION_TYPES), col(MemberTable.COUNTERPART_COUNTRY),
        col(MemberTable.IN_NUMERATOR));
    assertThat(MemberTable.CONTRACT.check("indicator", reordered)).isSameAs(reordered);
    assertThat(IndicatorAggregates.compute(reordered, "2025Q1", "2025Q4").count()).isPositive();
  }
}
