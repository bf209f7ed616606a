package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekong.mpm.testing.CaseFixtures;
import org.mekong.mpm.testing.SharedSpark;

/** return_exceptions: departures counted in RET-07, in the reported quarters, that no reception confirms. */
@ExtendWith(SharedSpark.class)
class ReturnExceptionsTest {

  static CaseFixtures fixture() {
    CaseFixtures f = new CaseFixtures()
        .submission("THA", "2025-12-31").submission("MMR", "2025-12-31").submission("KHM", "2025-02-15");
    departure(f, "E1", "TM/1", "MMR", "2025-01-10");     // confirmed by MMR below
    f.caseRow("MMR", "M1", null, "F", 30, null, "MMR", "RETURNEE", null, "TM/1")
        .event("MMR", "M1", "RECEIVED", "2025-01-12", null, "THA", null);
    departure(f, "E2", "TM/2", "MMR", "2025-01-20");     // exception
    departure(f, "E3", "TM/3", "MMR", "2025-05-05");     // exception, 2025Q2
    departure(f, "E4", "TK/4", "KHM", "2025-01-20");     // KHM extract < departure + 30: not in RET-07
    departure(f, "E5", "TY/5", "MYS", "2025-01-20");     // no submission: not in RET-07
    departure(f, "E6", "TM/6", "MMR", "2025-01-05");     // returned twice: first confirmed ...
    f.event("THA", "E6", "RETURN_DEPARTED", "2025-03-01", null, "MMR", null); // ... second not (reception 01-06 < 02-28)
    f.caseRow("MMR", "M6", null, "F", 30, null, "MMR", "RETURNEE", null, "TM/6")
        .event("MMR", "M6", "RECEIVED", "2025-01-06", null, "THA", null);
    return f;
  }

  private static void departure(CaseFixtures f, String id, String ref, String to, String date) {
    f.caseRow("THA", id, null, "F", 30, null, "MMR", "IDENTIFIED_HERE", null, ref)
        .event("THA", id, "RETURN_DEPARTED", date, null, to, null);
  }

  @Test
  void listsUnconfirmedDeparturesOfTheReportedQuartersInOrder(SparkSession spark) {
    Dataset<Row> journeys = AggregateCells.journeys(spark, fixture()).cache();
    List<String> q1 = ReturnExceptions.of(journeys, "2025Q1", "2025Q1").collectAsList().stream()
        .map(Row::toString).toList();
    assertThat(q1).containsExactly("[THA,E2,TM/2,2025-01-20,MMR]", "[THA,E6,TM/6,2025-03-01,MMR]");
    List<String> h1 = ReturnExceptions.of(journeys, "2025Q1", "2025Q2").collectAsList().stream()
        .map(r -> r.getString(1)).toList();
    assertThat(h1).containsExactly("E2", "E6", "E3");
    journeys.unpersist();
  }
}
