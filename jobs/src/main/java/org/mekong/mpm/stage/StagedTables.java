package org.mekong.mpm.stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The staged tables of one accepted submission: its validated rows, typed, with the fields the
 * indicators derive from them. Staged cases and events are case-level data: restricted tier only.
 */
public final class StagedTables {
  private StagedTables() {}

  /** Columns of cases.csv in the format's order, as the validator hands them on. */
  public static final List<String> CASE_COLUMNS = List.of(
      "case_id", "person_token", "sex", "age_at_identification", "age_uncertain", "presumed_child",
      "nationality", "case_type", "country_of_exploitation", "exploitation_types", "bilateral_ref");

  /** Columns of events.csv in the format's order. */
  public static final List<String> EVENT_COLUMNS = List.of(
      "case_id", "event_type", "event_date", "detail", "counterpart_country", "flags");

  /** The clean cases file: the source line first, then every column as text. */
  public static StructType cleanSchema(List<String> columns) {
    return withText(new StructType().add("line", DataTypes.LongType, false), columns);
  }

  /** The clean events file: the source line, the line of the event's case in cases.csv, then the columns. */
  public static StructType cleanEventSchema() {
    return withText(new StructType().add("line", DataTypes.LongType, false)
        .add(CASE_LINE, DataTypes.LongType, false), EVENT_COLUMNS);
  }

  private static final String CASE_LINE = "case_line";

  private static StructType withText(StructType s, List<String> columns) {
    for (String c : columns) s = s.add(c, DataTypes.StringType, true);
    return s;
  }

  /**
   * Typed staged cases with the derived fields: age group under the presumption of childhood
   * (II.6), the foreign flag (stateless counts as foreign, unknown does not), and the
   * submission's identity.
   */
  public static Dataset<Row> stageCases(Dataset<Row> clean, String country, String extractDate, String keyId) {
    Column age = col("age_at_identification").cast("int");
    Column presumed = functions.coalesce(col("presumed_child"), lit("N")).equalTo("Y");
    return StagedCases.CONTRACT.check("ingest", clean.select(
        lit(country).as("country"),
        functions.to_date(lit(extractDate)).as("extract_date"),
        lit(keyId).cast("string").as("linkage_key_id"),
        col("case_id"),
        CaseKey.of(lit(country), col("line")).as(StagedCases.CASE_KEY),
        col("person_token"),
        col("sex"),
        age.as("age_at_identification"),
        functions.coalesce(col("age_uncertain"), lit("N")).as("age_uncertain"),
        functions.coalesce(col("presumed_child"), lit("N")).as("presumed_child"),
        col("nationality"),
        col("case_type"),
        col("country_of_exploitation"),
        codeList(col("exploitation_types")).as("exploitation_types"),
        col("bilateral_ref"),
        when(presumed.or(age.lt(18)), "CHILD").when(age.geq(18), "ADULT").otherwise("UNKNOWN")
            .as("age_group"),
        col("nationality").notEqual(lit(country)).and(col("nationality").notEqual("XXX"))
            .as("is_foreign"),
        col("line")));
  }

  /** Typed staged events. */
  public static Dataset<Row> stageEvents(Dataset<Row> clean, String country, String extractDate) {
    return StagedEvents.CONTRACT.check("ingest", clean.select(
        lit(country).as("country"),
        functions.to_date(lit(extractDate)).as("extract_date"),
        col("case_id"),
        CaseKey.of(lit(country), col(CASE_LINE)).as(StagedEvents.CASE_KEY),
        col("event_type"),
        functions.to_date(col("event_date")).as("event_date"),
        col("detail"),
        col("counterpart_country"),
        codeList(col("flags")).as("flags"),
        col("line")));
  }

  /** A validated `;` list as an array, empty (never null) when the field is empty. */
  private static Column codeList(Column c) {
    return functions.coalesce(functions.split(c, ";"), functions.array().cast("array<string>"));
  }
}
