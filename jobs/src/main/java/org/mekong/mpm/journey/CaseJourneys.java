package org.mekong.mpm.journey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.mekong.mpm.journey.JourneyTable.Event.DEPARTURE_CONFIRMED_RECEIVED;
import static org.mekong.mpm.journey.JourneyTable.Event.DEPARTURE_COUNTERPART_OBSERVABLE;
import static org.mekong.mpm.journey.JourneyTable.Event.RECEPTION_COUNTERPART_OBSERVABLE;
import static org.mekong.mpm.journey.JourneyTable.Event.RECEPTION_MATCHED_DEPARTURE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.mekong.mpm.stage.StagedCases;
import org.mekong.mpm.stage.StagedEvents;

/**
 * Case journeys: one row per case of the countries' current submissions, with the case's
 * attributes, its events in date order, and the milestone dates the framework's terms name.
 *
 * <p>Columns: {@link JourneyTable}, checked on the way in (staged cases and events) and out.
 */
public final class CaseJourneys {
  private CaseJourneys() {}

  private static final String STAGE = "journey";

  public static Dataset<Row> build(Dataset<Row> cases, Dataset<Row> events, Dataset<Row> submissions) {
    StagedCases.CONTRACT.check(STAGE, cases);
    StagedEvents.CONTRACT.check(STAGE, events);
    Dataset<Row> annotated = CrossBorderMatches.annotate(cases, events, submissions);
    Dataset<Row> perCase = annotated.groupBy(StagedEvents.CASE_KEY).agg(
        functions.array_sort(functions.collect_list(functions.struct(
            col("event_date"), col("line"), col("event_type"), col("detail"),
            col("counterpart_country"), col("flags"),
            col(DEPARTURE_COUNTERPART_OBSERVABLE), col(DEPARTURE_CONFIRMED_RECEIVED),
            col(RECEPTION_COUNTERPART_OBSERVABLE), col(RECEPTION_MATCHED_DEPARTURE)))).as("events"),
        firstDate(col("event_type").equalTo("SCREENED")).as("screen"),
        firstDate(col("event_type").equalTo("IDENTIFIED")).as("decision"),
        firstDate(col("event_type").equalTo("IDENTIFIED").and(isVictimDecision())).as("id_date"),
        firstDate(col("event_type").equalTo("RECEIVED")).as("reception"),
        functions.min(col("event_date")).as("first_event"),
        firstDate(col("event_type").equalTo("CASE_CLOSED").and(col("detail").equalTo("DECEASED")))
            .as("death"),
        functions.collect_list(when(col("event_type").equalTo("RE_TRAFFICKED"), col("event_date")))
            .as("own_retraf"));

    Dataset<Row> journeys = cases.join(perCase, StagedCases.CASE_KEY, "left")
        .join(reidentifications(cases, events), StagedCases.CASE_KEY, "left");
    Column emptyDates = functions.array().cast("array<date>");
    Column emptyEvents = functions.filter(col("events"), e -> lit(false));
    return JourneyTable.CONTRACT.check(STAGE, journeys
        .withColumn("events", functions.coalesce(col("events"), emptyEvents))
        .withColumn("retraf_dates", functions.concat(
            functions.coalesce(col("own_retraf"), emptyDates),
            functions.coalesce(col("reid_dates"), emptyDates)))
        .drop("own_retraf", "reid_dates"));
  }

  /**
   * Per case with a token, the dates on which another case with the same token under the same key
   * (in any country, of any type) was identified as a victim or presumed victim.
   */
  static Dataset<Row> reidentifications(Dataset<Row> cases, Dataset<Row> events) {
    String key = StagedCases.CASE_KEY;
    Dataset<Row> tokens = cases
        .filter(col("person_token").isNotNull().and(col("linkage_key_id").isNotNull()))
        .select(key, "person_token", "linkage_key_id");
    Dataset<Row> identified = events
        .filter(col("event_type").equalTo("IDENTIFIED").and(isVictimDecision()))
        .select(key, "event_date")
        .join(tokens, key)
        .select(col(key).as("o_case_key"), col("person_token").as("o_token"), col("linkage_key_id").as("o_key"),
            col("event_date"));
    return tokens.join(identified,
            col("person_token").equalTo(col("o_token")).and(col("linkage_key_id").equalTo(col("o_key")))
                .and(col(key).notEqual(col("o_case_key"))))
        .groupBy(key)
        .agg(functions.collect_list("event_date").as("reid_dates"));
  }

  private static Column isVictimDecision() {
    return col("detail").isin("VICTIM", "PRESUMED_VICTIM");
  }

  private static Column firstDate(Column condition) {
    return functions.min(when(condition, col("event_date")));
  }
}
