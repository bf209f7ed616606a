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
import org.apache.spark.sql.types.DataTypes;
import org.mekong.mpm.stage.StagedCases;
import org.mekong.mpm.stage.StagedEvents;

/**
 * Matches returns across borders (RET-07, RET-08): a departure in one country's extract against a
 * reception in the counterpart's, through the bilateral reference or the person token.
 *
 * <p>Adds to every event four flags, null where they do not apply (see {@link JourneyTable.Event}):
 * the departure's counterpart has a current submission extracted at least 30 days after it
 * (observable); a reception confirms it; the reception's sender has a current submission extracted
 * at least a day after it (observable); a departure record matches it.
 *
 * <p>Only departures and receptions are matched and flagged; the other events pass through with
 * null flags, so the whole event table is never joined (each departure and reception meets its
 * match once).
 */
final class CrossBorderMatches {
  private CrossBorderMatches() {}

  private static final String DEPARTED = "RETURN_DEPARTED";
  private static final String RECEIVED = "RECEIVED";
  private static final String[] EVENT_KEY = {StagedEvents.CASE_KEY, StagedEvents.LINE};

  static Dataset<Row> annotate(Dataset<Row> cases, Dataset<Row> events, Dataset<Row> submissions) {
    Column type = col(StagedEvents.EVENT_TYPE);
    Dataset<Row> others = events.filter(type.isNull().or(type.isin(DEPARTED, RECEIVED).unary_$bang()))
        .withColumn(DEPARTURE_COUNTERPART_OBSERVABLE, noFlag())
        .withColumn(DEPARTURE_CONFIRMED_RECEIVED, noFlag())
        .withColumn(RECEPTION_COUNTERPART_OBSERVABLE, noFlag())
        .withColumn(RECEPTION_MATCHED_DEPARTURE, noFlag());
    // the case's references travel with its departures and receptions only
    Dataset<Row> crossing = events.filter(type.isin(DEPARTED, RECEIVED)).join(
        cases.select(col(StagedCases.CASE_KEY), col(StagedCases.BILATERAL_REF).as(REF),
            col(StagedCases.PERSON_TOKEN).as(TOKEN), col(StagedCases.LINKAGE_KEY_ID).as(KEY)),
        StagedCases.CASE_KEY);
    Dataset<Row> extracts = submissions.select(
        col("country").as("s_country"), col("extract_date").as("s_extract"));
    Dataset<Row> departures = crossing.filter(type.equalTo(DEPARTED));
    Dataset<Row> receptions = crossing.filter(type.equalTo(RECEIVED));

    // RET-07: a departure of R to C, looked for among C's receptions from R dated departure − 1 … + 30
    Dataset<Row> dep = counterpartObservable(departures, extracts, 30, DEPARTURE_COUNTERPART_OBSERVABLE);
    Dataset<Row> confirmed = flagged(dep, matched(dep, receptions, corridor(1, 30)),
        DEPARTURE_COUNTERPART_OBSERVABLE, DEPARTURE_CONFIRMED_RECEIVED)
        .withColumn(RECEPTION_COUNTERPART_OBSERVABLE, noFlag())
        .withColumn(RECEPTION_MATCHED_DEPARTURE, noFlag());
    // RET-08: a reception in R from C, looked for among C's departures to R dated reception − 30 … + 1
    Dataset<Row> recv = counterpartObservable(receptions, extracts, 1, RECEPTION_COUNTERPART_OBSERVABLE);
    Dataset<Row> matchedReceptions = flagged(recv, matched(recv, departures, corridor(30, 1)),
        RECEPTION_COUNTERPART_OBSERVABLE, RECEPTION_MATCHED_DEPARTURE)
        .withColumn(DEPARTURE_COUNTERPART_OBSERVABLE, noFlag())
        .withColumn(DEPARTURE_CONFIRMED_RECEIVED, noFlag());
    return others.unionByName(confirmed).unionByName(matchedReceptions);
  }

  private static final String REF = "m_bilateral_ref";
  private static final String TOKEN = "m_person_token";
  private static final String KEY = "m_linkage_key_id";
  private static final String MATCHED = "m_matched";

  private static Column noFlag() {
    return lit(null).cast(DataTypes.BooleanType);
  }

  /**
   * The events with the match flag: true where matched, false where unmatched, null where the
   * event is not observable; the matching columns dropped.
   */
  private static Dataset<Row> flagged(Dataset<Row> events, Dataset<Row> matchedKeys, String observable,
      String flag) {
    return events.join(matchedKeys.withColumn(MATCHED, lit(true)), EVENT_KEY, "left")
        .withColumn(flag, functions.when(col(observable).isNotNull(),
            functions.coalesce(col(MATCHED), lit(false))))
        .drop(MATCHED, REF, TOKEN, KEY, "s_country", "s_extract");
  }

  /**
   * Events with a flag telling whether the counterpart country has a current submission extracted
   * at least {@code days} after the event.
   */
  private static Dataset<Row> counterpartObservable(Dataset<Row> events, Dataset<Row> extracts, int days,
      String flag) {
    return events.join(functions.broadcast(extracts),
            col(StagedEvents.COUNTERPART_COUNTRY).equalTo(col("s_country")), "left")
        .withColumn(flag, functions.coalesce(
            col("s_extract").geq(functions.date_add(col(StagedEvents.EVENT_DATE), days)), lit(false)));
  }

  /** The partner event is in the counterpart's extract, pointing back, dated from −before to +after days. */
  private static Column corridor(int before, int after) {
    Column date = col(StagedEvents.EVENT_DATE);
    return col("r_country").equalTo(col(StagedEvents.COUNTERPART_COUNTRY))
        .and(col("r_counterpart_country").equalTo(col(StagedEvents.COUNTRY)))
        .and(col("r_event_date").between(functions.date_sub(date, before), functions.date_add(date, after)));
  }

  /**
   * The (case_key, line) of each left event with a partner in {@code right} on the same bilateral
   * reference (both non-null, compared exactly) or the same token under the same key.
   */
  private static Dataset<Row> matched(Dataset<Row> left, Dataset<Row> right, Column corridor) {
    Dataset<Row> partners = right.select(col(StagedEvents.COUNTRY).as("r_country"),
        col(StagedEvents.EVENT_DATE).as("r_event_date"),
        col(StagedEvents.COUNTERPART_COUNTRY).as("r_counterpart_country"),
        col(REF).as("r_ref"), col(TOKEN).as("r_token"), col(KEY).as("r_key"));
    Dataset<Row> byRef = left.join(partners, col(REF).equalTo(col("r_ref")).and(corridor));
    Dataset<Row> byToken = left.join(partners,
        col(TOKEN).equalTo(col("r_token")).and(col(KEY).equalTo(col("r_key"))).and(corridor));
    return byRef.select(EVENT_KEY[0], EVENT_KEY[1]).union(byToken.select(EVENT_KEY[0], EVENT_KEY[1])).distinct();
  }
}
