package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.execution.CacheManager;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.execution.exchange.ReusedExchangeExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The indicator stage makes one pass over the journeys: every indicator's members come out of one
 * scan of the persisted journeys, and the aggregates (counts and medians) read the members, not
 * the journeys again. Checked on the plan Spark executed, as the job runs the stage.
 */
@ExtendWith(SharedSpark.class)
class IndicatorStagePlanTest {

  // the fixture has days members (IDN-01) as well as counts, so that the medians have histograms
  // to read (adaptive execution drops a part of the plan it finds empty)
  @Test
  void theAggregatesReadThePersistedJourneysOnce(SparkSession spark) {
    CaseFixtures f = RegionPoolingTest.fixture();
    // as QuarterlyJob: journeys persisted and counted, members persisted, aggregates collected
    Dataset<Row> journeys = AggregateCells.journeys(spark, f).persist();
    Dataset<Row> members = null;
    try {
      journeys.count();
      members = IndicatorMembers.of(journeys).persist();
      Dataset<Row> aggregates = IndicatorAggregates.compute(members, "2025Q1", "2025Q4");
      assertThat(aggregates.collectAsList()).isNotEmpty();

      assertThat(journeyScans(spark, journeys, aggregates))
          .as("scans of the persisted journeys in the aggregates' plan:%n%s", aggregates.queryExecution().executedPlan())
          .isEqualTo(1);
      // the members (persisted) are what the aggregates read
      List<InMemoryRelation> scans = new ArrayList<>();
      cachedScans(aggregates.queryExecution().executedPlan(), scans, new ArrayList<>());
      InMemoryRelation membersCache = cached(spark, members);
      assertThat(scans).anyMatch(r -> r.cacheBuilder() == membersCache.cacheBuilder());
    } finally {
      if (members != null) members.unpersist();
      journeys.unpersist();
    }
  }

  @Test
  void theAggregatesAreOnePassEvenOverUnpersistedMembersAndTheCountSeesASecondPass(SparkSession spark) {
    Dataset<Row> journeys = AggregateCells.journeys(spark, RegionPoolingTest.fixture()).persist();
    try {
      journeys.count();
      // the region is derived from the country cells in the same pass, not in a second branch
      Dataset<Row> aggregates = IndicatorAggregates.compute(IndicatorMembers.of(journeys), "2025Q1", "2025Q4");
      aggregates.collectAsList();
      assertThat(journeyScans(spark, journeys, aggregates)).as("%s", aggregates.queryExecution().executedPlan())
          .isEqualTo(1);
      // the check can fail: two aggregates of unpersisted members (as the counts and the medians
      // once were, joined) recompute the members, each from its own scan of the journeys
      Dataset<Row> members = IndicatorMembers.of(journeys);
      Dataset<Row> twoPasses = members.groupBy(MemberTable.INDICATOR_ID).count()
          .join(members.groupBy(MemberTable.INDICATOR_ID).agg(functions.max(MemberTable.DURATION_DAYS)),
              MemberTable.INDICATOR_ID);
      twoPasses.collectAsList();
      assertThat(journeyScans(spark, journeys, twoPasses)).as("%s", twoPasses.queryExecution().executedPlan())
          .isEqualTo(2);
    } finally {
      journeys.unpersist();
    }
  }

  private static long journeyScans(SparkSession spark, Dataset<Row> journeys, Dataset<Row> result) {
    InMemoryRelation journeysCache = cached(spark, journeys);
    List<InMemoryRelation> scans = new ArrayList<>();
    cachedScans(result.queryExecution().executedPlan(), scans, new ArrayList<>());
    return scans.stream().filter(r -> r.cacheBuilder() == journeysCache.cacheBuilder()).count();
  }

  private static InMemoryRelation cached(SparkSession spark, Dataset<Row> df) {
    CacheManager cm = ((org.apache.spark.sql.classic.SparkSession) spark).sharedState().cacheManager();
    return cm.lookupCachedData((org.apache.spark.sql.classic.Dataset<?>) df).get().cachedRepresentation();
  }

  /**
   * Every scan of a cached relation in the plan, through adaptive and query stages; a cached
   * relation's own plan is followed once (it is computed once, however often it is scanned).
   */
  private static void cachedScans(SparkPlan plan, List<InMemoryRelation> scans, List<InMemoryRelation> expanded) {
    if (plan instanceof AdaptiveSparkPlanExec a) {
      cachedScans(a.executedPlan(), scans, expanded);
      return;
    }
    if (plan instanceof QueryStageExec q) {
      cachedScans(q.plan(), scans, expanded);
      return;
    }
    // a reused exchange reads the shuffle output of a subtree counted where it first appears
    if (plan instanceof ReusedExchangeExec) return;
    if (plan instanceof InMemoryTableScanExec s) {
      InMemoryRelation rel = s.relation();
      scans.add(rel);
      if (expanded.stream().noneMatch(e -> e.cacheBuilder() == rel.cacheBuilder())) {
        expanded.add(rel);
        cachedScans(rel.cachedPlan(), scans, expanded);
      }
      return;
    }
    for (SparkPlan child : CollectionConverters.asJava(plan.children())) cachedScans(child, scans, expanded);
  }
}
