package org.mekong.mpm.publish;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.extract.LinkageKeyId;
import org.mekong.mpm.indicators.Indicator;
import org.mekong.mpm.indicators.IndicatorValue;
import org.mekong.mpm.indicators.SurvivalRow;
import org.mekong.mpm.stage.SubmissionRecord;
import org.mekong.mpm.stage.SubmissionRegistry;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/** The marts that come from small driver-side lists, as DataFrames in their contract's shape. */
public final class MartFrames {
  private final SparkSession spark;
  private final MartSchemas schemas;

  public MartFrames(SparkSession spark, MartSchemas schemas) {
    this.spark = spark;
    this.schemas = schemas;
  }

  public Dataset<Row> indicatorValues(Tier tier, String runId, List<IndicatorValue> values) {
    List<Row> rows = new ArrayList<>(values.size());
    for (IndicatorValue v : values) {
      rows.add(RowFactory.create(runId, v.period(), v.periodType(), date(v.periodStart()), date(v.periodEnd()), v.indicatorId(),
          v.country(), v.sex(), v.ageGroup(), v.nationality(), v.exploitationType(), v.counterpartCountry(),
          v.numerator(), v.denominator(), v.value(), v.ciLow(), v.ciHigh(), v.unit(), v.direction(), v.target(),
          v.status(), v.suppressed()));
    }
    return frame(tier, "indicator_values", rows);
  }

  public Dataset<Row> survival(Tier tier, List<SurvivalRow> survival) {
    List<Row> rows = new ArrayList<>(survival.size());
    for (SurvivalRow s : survival) {
      rows.add(RowFactory.create(s.country(), s.receptionYear(), s.day(), s.atRisk(), s.events(), s.survival(),
          s.ciLow(), s.ciHigh()));
    }
    return frame(tier, "retrafficking_survival", rows);
  }

  public Dataset<Row> catalogue(List<Indicator> catalogue) {
    List<Row> rows = new ArrayList<>();
    for (Indicator i : catalogue) {
      rows.add(RowFactory.create(i.id(), i.name(), i.section(), i.guidelineRef(), i.unit().code(),
          i.direction() == null ? null : i.direction().code(), i.definition(), i.target()));
    }
    return frame(Tier.PUBLIC, "indicator_catalogue", rows);
  }

  /**
   * One row per submission. A key id recorded before ids were checked (format 1.0.1) and not of the
   * allowed shape is withheld: it could be free text, and this mart is public.
   */
  public Dataset<Row> submissions(List<SubmissionRecord> records) {
    List<Row> rows = new ArrayList<>();
    for (SubmissionRecord r : records) {
      String keyId = LinkageKeyId.valid(r.linkageKeyId()) ? r.linkageKeyId() : null;
      rows.add(RowFactory.create(r.country(), date(r.extractDate()), r.status(), r.cases(), r.events(),
          r.rowsRejected(), r.reason(), keyId, Timestamp.from(Instant.parse(r.ingestedAt()))));
    }
    return frame(Tier.PUBLIC, "submissions", rows);
  }

  public Dataset<Row> dataQuality(List<SubmissionRecord> records) {
    List<Row> rows = new ArrayList<>();
    for (SubmissionRecord r : records) {
      for (SubmissionRecord.Quality q : r.dataQuality()) {
        if (q.level().equals("submission_rejected")) continue;
        rows.add(RowFactory.create(r.country(), date(r.extractDate()), q.file(), q.reasonCode(), q.level(),
            q.rowsChecked(), q.rowsFailed()));
      }
    }
    return frame(Tier.PUBLIC, "data_quality", rows);
  }

  /** Every submission's quarantined rows, by country, extract date, file and line: read by Spark, not gathered here. */
  public Dataset<Row> quarantine(SubmissionRegistry registry) {
    Dataset<Row> rows = registry.quarantine(spark);
    org.apache.spark.sql.types.StructType schema = schemas.schema(Tier.RESTRICTED, "quarantine");
    return rows.select(java.util.Arrays.stream(schema.fields())
        .map(f -> rows.col(f.name()).cast(f.dataType()).as(f.name())).toArray(org.apache.spark.sql.Column[]::new));
  }

  private Dataset<Row> frame(Tier tier, String mart, List<Row> rows) {
    return spark.createDataFrame(rows, schemas.schema(tier, mart));
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static Date date(String d) {
    return d == null ? null : Date.valueOf(d);
  }
}
