package org.mekong.mpm.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.extract.ExtractSchema;
import org.mekong.mpm.extract.QuarantinedRow;
import org.mekong.mpm.extract.ReasonCode;
import org.mekong.mpm.extract.SubmissionValidator;
import org.mekong.mpm.extract.ValidationResult;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * Ingests the submissions not seen before: validates each, stages an accepted one's rows as
 * typed Parquet, keeps its quarantine, and registers every outcome. A submission already
 * ingested (same files) is skipped, so re-running on the same input ingests nothing twice.
 */
public final class Ingest {
  private static final Logger LOG = LogManager.getLogger(Ingest.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A submission met in this run for the first time, and what became of it. */
  public record Outcome(SubmissionRecord record, ValidationResult result) {}

  private Ingest() {}

  public static List<Outcome> ingestNew(SparkSession spark, SubmissionRegistry registry,
      SubmissionValidator validator, List<Path> submissionDirs) {
    List<Outcome> out = new ArrayList<>();
    for (Path dir : submissionDirs) {
      String id = Fingerprint.of(dir);
      if (registry.seen(id)) {
        LOG.info("{} {}: already ingested", country(dir), extractDate(dir));
        continue;
      }
      out.add(ingestOne(spark, registry, validator, dir, id));
    }
    return out;
  }

  private static Outcome ingestOne(SparkSession spark, SubmissionRegistry registry,
      SubmissionValidator validator, Path dir, String id) {
    String country = country(dir);
    String extractDate = extractDate(dir);
    Path draft = registry.draft(country, extractDate, id);
    try {
      return ingestInto(spark, registry, validator, dir, id, country, extractDate, draft);
    } catch (Throwable e) {
      // the draft holds validated rows: removed at once (a killed run's, by the next run)
      try {
        Warehouse.deleteTree(draft);
      } catch (IOException ignored) {
        // the next run's clean-up removes it
      }
      throw e;
    }
  }

  private static Outcome ingestInto(SparkSession spark, SubmissionRegistry registry,
      SubmissionValidator validator, Path dir, String id, String country, String extractDate, Path draft) {
    Path cleanCases = draft.resolve("clean").resolve("cases.csv");
    Path cleanEvents = draft.resolve("clean").resolve("events.csv");
    ValidationResult result;
    try (CleanCsvSink sink = new CleanCsvSink(cleanCases, cleanEvents)) {
      result = validator.validate(dir, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the staging area " + draft, e);
    }
    if (result.accepted()) {
      stage(spark, result, country, extractDate, cleanCases, cleanEvents, draft);
    }
    try {
      Warehouse.deleteTree(draft.resolve("clean"));
      writeQuarantine(draft.resolve(SubmissionRegistry.QUARANTINE), result.quarantine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SubmissionRecord record = record(id, country, extractDate, result);
    registry.register(draft, record);
    if (result.accepted()) {
      LOG.info("{} {}: ACCEPTED, {} cases, {} events, {} rows quarantined, {} warnings", country, extractDate,
          record.cases(), record.events(), record.rowsRejected(), warnings(result));
    } else {
      LOG.warn("{} {}: REJECTED ({}); the previous accepted submission stays current", country, extractDate,
          result.rejection());
    }
    return new Outcome(record, result);
  }

  private static void stage(SparkSession spark, ValidationResult result, String country, String extractDate,
      Path cleanCases, Path cleanEvents, Path draft) {
    Dataset<Row> cases = spark.read()
        .schema(StagedTables.cleanSchema(StagedTables.CASE_COLUMNS))
        .csv(cleanCases.toUri().toString());
    Dataset<Row> events = spark.read()
        .schema(StagedTables.cleanSchema(StagedTables.EVENT_COLUMNS))
        .csv(cleanEvents.toUri().toString());
    StagedTables.stageCases(cases, country, extractDate, result.linkageKeyId())
        .write().parquet(draft.resolve(SubmissionRegistry.CASES).toUri().toString());
    StagedTables.stageEvents(events, country, extractDate)
        .write().parquet(draft.resolve(SubmissionRegistry.EVENTS).toUri().toString());
  }

  private static void writeQuarantine(Path file, List<QuarantinedRow> rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (QuarantinedRow q : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", q.file());
        m.put("line", q.line());
        m.put("reason_code", q.reason().name());
        m.put("fields", JSON.writeValueAsString(q.fields()));
        w.write(JSON.writeValueAsString(m));
        w.write('\n');
      }
    }
  }

  static SubmissionRecord record(String id, String country, String extractDate, ValidationResult r) {
    Map<String, String> checksums = new LinkedHashMap<>();
    long rejected = 0;
    for (ValidationResult.FileSummary f : r.files()) {
      if (f.sha256() != null) checksums.put(f.file(), f.sha256());
      rejected += f.rowsRejected();
    }
    List<SubmissionRecord.Quality> quality = new ArrayList<>();
    for (ValidationResult.Issue i : r.issues()) {
      ValidationResult.FileSummary f = r.file(i.file());
      quality.add(new SubmissionRecord.Quality(i.file(), i.code().name(), i.code().level().label(),
          f == null ? 0 : f.rowsChecked(), i.count()));
    }
    return new SubmissionRecord(id, country, extractDate,
        r.accepted() ? SubmissionRecord.ACCEPTED : SubmissionRecord.REJECTED,
        r.rejection() == null ? null : r.rejection().name(),
        r.accepted() ? r.acceptedCases() : 0, r.accepted() ? r.acceptedEvents() : 0, rejected,
        r.linkageKeyId(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), checksums, quality);
  }

  private static long warnings(ValidationResult r) {
    return r.issues().stream().filter(i -> i.code().level() == ReasonCode.Level.WARNING)
        .mapToLong(ValidationResult.Issue::count).sum();
  }

  /** The layout {@code <ISO3>/<YYYY-MM-DD>/} names a submission's country and date. */
  private static String country(Path dir) {
    return dir.getParent().getFileName().toString();
  }

  private static String extractDate(Path dir) {
    return dir.getFileName().toString();
  }
}
