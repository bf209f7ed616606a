package org.mekong.mpm.journey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.mekong.mpm.journey.JourneyTable.Event.DEPARTURE_CONFIRMED_RECEIVED;
import static org.mekong.mpm.journey.JourneyTable.Event.DEPARTURE_COUNTERPART_OBSERVABLE;
import static org.mekong.mpm.journey.JourneyTable.Event.RECEPTION_COUNTERPART_OBSERVABLE;
import static org.mekong.mpm.journey.JourneyTable.Event.RECEPTION_MATCHED_DEPARTURE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Matches returns across borders (RET-07, RET-08): a departure in one country's extract against a
 * reception in the counterpart's, through the bilateral reference or the person token.
 *
 * <p>Adds to every event four flags, null where they do not apply (see {@link JourneyTable.Event}):
 * the departure's counterpart has a current submission extracted at least 30 days after it
 * (observable); a reception confirms it; the reception's sender has a current submission extracted
 * at least a day after it (observable); a departure record matches it.
 */
final class CrossBorderMatches {
  private CrossBorderMatches() {}

  static Dataset<Row> annotate(Dataset<Row> cases, Dataset<Row> events, Dataset<Row> submissions) {
    Dataset<Row> withCase = events.join(
        cases.select("country", "case_id", "bilateral_ref", "person_token", "linkage_key_id"),
        new String[] {"country", "case_id"});
    Dataset<Row> departures = withCase.filter(col("event_type").equalTo("RETURN_DEPARTED"));
    Dataset<Row> receptions = withCase.filter(col("event_type").equalTo("RECEIVED"));
    Dataset<Row> extracts = submissions.select(
        col("country").as("s_country"), col("extract_date").as("s_extract"));

    // RET-07: a departure of R to C, looked for among C's receptions from R dated departure − 1 … + 30
    Dataset<Row> dep = counterpartObservable(departures, extracts, 30, DEPARTURE_COUNTERPART_OBSERVABLE);
    Dataset<Row> confirmed = matched(dep, prefixed(receptions, "r_"), corridor(1, 30), "r_")
        .withColumn(DEPARTURE_CONFIRMED_RECEIVED, lit(true));
    // RET-08: a reception in R from C, looked for among C's departures to R dated reception − 30 … + 1
    Dataset<Row> recv = counterpartObservable(receptions, extracts, 1, RECEPTION_COUNTERPART_OBSERVABLE);
    Dataset<Row> matchedReceptions = matched(recv, prefixed(departures, "r_"), corridor(30, 1), "r_")
        .withColumn(RECEPTION_MATCHED_DEPARTURE, lit(true));

    return events
        .join(dep.select("country", "line", DEPARTURE_COUNTERPART_OBSERVABLE), new String[] {"country", "line"}, "left")
        .join(confirmed, new String[] {"country", "line"}, "left")
        .join(recv.select("country", "line", RECEPTION_COUNTERPART_OBSERVABLE), new String[] {"country", "line"},
            "left")
        .join(matchedReceptions, new String[] {"country", "line"}, "left")
        .withColumn(DEPARTURE_CONFIRMED_RECEIVED,
            whereObservable(DEPARTURE_COUNTERPART_OBSERVABLE, DEPARTURE_CONFIRMED_RECEIVED))
        .withColumn(RECEPTION_MATCHED_DEPARTURE,
            whereObservable(RECEPTION_COUNTERPART_OBSERVABLE, RECEPTION_MATCHED_DEPARTURE));
  }

  /** The match flag false where unmatched, null where the event is not observable. */
  private static Column whereObservable(String observable, String matched) {
    return functions.when(col(observable).isNotNull(), functions.coalesce(col(matched), lit(false)));
  }

  /**
   * Events with a flag telling whether the counterpart country has a current submission extracted
   * at least {@code days} after the event.
   */
  private static Dataset<Row> counterpartObservable(Dataset<Row> events, Dataset<Row> extracts, int days,
      String flag) {
    return events.join(extracts, col("counterpart_country").equalTo(col("s_country")), "left")
        .select(col("country"), col("line"), col("event_date"), col("counterpart_country"),
            col("bilateral_ref"), col("person_token"), col("linkage_key_id"),
            functions.coalesce(col("s_extract").geq(functions.date_add(col("event_date"), days)), lit(false))
                .as(flag));
  }

  /** The partner event is in the counterpart's extract, pointing back, dated from −before to +after days. */
  private static Column corridor(int before, int after) {
    return col("r_country").equalTo(col("counterpart_country"))
        .and(col("r_counterpart_country").equalTo(col("country")))
        .and(col("r_event_date").between(
            functions.date_sub(col("event_date"), before), functions.date_add(col("event_date"), after)));
  }

  /**
   * The (country, line) of each left event with a partner in {@code right} on the same
   * bilateral reference (both non-null, compared exactly) or the same token under the same key.
   */
  private static Dataset<Row> matched(Dataset<Row> left, Dataset<Row> right, Column corridor, String p) {
    Dataset<Row> byRef = left.join(right,
        col("bilateral_ref").equalTo(col(p + "bilateral_ref")).and(corridor));
    Dataset<Row> byToken = left.join(right,
        col("person_token").equalTo(col(p + "person_token"))
            .and(col("linkage_key_id").equalTo(col(p + "linkage_key_id")))
            .and(corridor));
    return byRef.select("country", "line").union(byToken.select("country", "line")).distinct();
  }

  private static Dataset<Row> prefixed(Dataset<Row> df, String p) {
    Column[] cols = new Column[] {
      col("country").as(p + "country"), col("event_date").as(p + "event_date"),
      col("counterpart_country").as(p + "counterpart_country"),
      col("bilateral_ref").as(p + "bilateral_ref"), col("person_token").as(p + "person_token"),
      col("linkage_key_id").as(p + "linkage_key_id")
    };
    return df.select(cols);
  }
}
