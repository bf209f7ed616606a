package org.mekong.mpm.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.mekong.mpm.stage.StagedTables;

/**
 * Small staged extracts built in memory for indicator tests: cases and events written as in a
 * submission, staged exactly as an accepted submission is.
 */
public final class CaseFixtures {
  private final Map<String, String> extractDates = new LinkedHashMap<>();
  private final Map<String, String> keyIds = new LinkedHashMap<>();
  private final Map<String, List<Row>> cases = new LinkedHashMap<>();
  private final Map<String, List<Row>> events = new LinkedHashMap<>();
  private long line = 2;

  /** A country's current submission, extracted on {@code extractDate}, tokens under key {@code keyId}. */
  public CaseFixtures submission(String country, String extractDate, String keyId) {
    extractDates.put(country, extractDate);
    keyIds.put(country, keyId);
    cases.putIfAbsent(country, new ArrayList<>());
    events.putIfAbsent(country, new ArrayList<>());
    return this;
  }

  public CaseFixtures submission(String country, String extractDate) {
    return submission(country, extractDate, "regional-test");
  }

  /** A case: values in the format's column order (see {@link StagedTables#CASE_COLUMNS}); null for empty. */
  public CaseFixtures caseRow(String country, String caseId, String token, String sex, Integer age,
      String presumedChild, String nationality, String caseType, String exploitationTypes,
      String bilateralRef) {
    cases.get(country).add(RowFactory.create(line++, caseId, token, sex,
        age == null ? null : age.toString(), null, presumedChild, nationality, caseType, null,
        exploitationTypes, bilateralRef));
    return this;
  }

  /** A case with the attributes most tests do not care about. */
  public CaseFixtures simpleCase(String country, String caseId, String caseType, String nationality,
      Integer age) {
    return caseRow(country, caseId, null, "F", age, null, nationality, caseType, null, null);
  }

  /** An event: type, date, detail, counterpart and `;` flags (null for empty). */
  public CaseFixtures event(String country, String caseId, String type, String date, String detail,
      String counterpart, String flags) {
    events.get(country).add(RowFactory.create(line++, caseId, type, date, detail, counterpart, flags));
    return this;
  }

  public CaseFixtures event(String country, String caseId, String type, String date) {
    return event(country, caseId, type, date, null, null, null);
  }

  public Dataset<Row> cases(SparkSession spark) {
    Dataset<Row> all = null;
    for (String c : cases.keySet()) {
      Dataset<Row> clean = spark.createDataFrame(cases.get(c),
          StagedTables.cleanSchema(StagedTables.CASE_COLUMNS));
      Dataset<Row> staged = StagedTables.stageCases(clean, c, extractDates.get(c), keyIds.get(c));
      all = all == null ? staged : all.unionByName(staged);
    }
    return all;
  }

  public Dataset<Row> events(SparkSession spark) {
    Dataset<Row> all = null;
    for (String c : events.keySet()) {
      // as the validator hands them on: each event with its case's line in cases.csv
      Map<String, Object> caseLines = new LinkedHashMap<>();
      for (Row r : cases.get(c)) caseLines.put(r.getString(1), r.get(0));
      List<Row> rows = new ArrayList<>();
      for (Row e : events.get(c)) {
        Object caseLine = caseLines.get(e.getString(1));
        if (caseLine == null) throw new IllegalStateException("event of an unknown case " + c + " " + e.getString(1));
        Object[] v = new Object[e.length() + 1];
        v[0] = e.get(0);
        v[1] = caseLine;
        for (int i = 1; i < e.length(); i++) v[i + 1] = e.get(i);
        rows.add(RowFactory.create(v));
      }
      Dataset<Row> clean = spark.createDataFrame(rows, StagedTables.cleanEventSchema());
      Dataset<Row> staged = StagedTables.stageEvents(clean, c, extractDates.get(c));
      all = all == null ? staged : all.unionByName(staged);
    }
    return all;
  }

  /** The current submissions: country and extract date. */
  public Dataset<Row> submissions(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    extractDates.forEach((c, d) -> rows.add(RowFactory.create(c, d)));
    return spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
            .add("country", "string").add("extract_date", "string"))
        .withColumn("extract_date", functions.to_date(functions.col("extract_date")));
  }
}
