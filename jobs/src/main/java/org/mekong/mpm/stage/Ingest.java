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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.mekong.mpm.extract.ExtractSchema;
import org.mekong.mpm.extract.QuarantinedRow;
import org.mekong.mpm.extract.ReasonCode;
import org.mekong.mpm.extract.SubmissionValidator;
import org.mekong.mpm.extract.ValidationResult;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * Ingests the submissions not seen before: validates them side by side, stages the accepted
 * ones' rows as typed Parquet in one Spark job per table, keeps each quarantine, and registers
 * every outcome. A submission already
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
    List<Draft> drafts = new ArrayList<>();
    for (Path dir : submissionDirs) {
      String id = Fingerprint.of(dir);
      if (registry.seen(id)) {
        LOG.info("{} {}: already ingested", country(dir), extractDate(dir));
        continue;
      }
      drafts.add(new Draft(dir, id, country(dir), extractDate(dir),
          registry.draft(country(dir), extractDate(dir), id)));
    }
    try {
      List<ValidationResult> results = validateAll(validator, drafts);
      stageAll(spark, registry, drafts, results);
      List<Outcome> out = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) out.add(register(registry, drafts.get(i), results.get(i)));
      return out;
    } catch (Throwable e) {
      // drafts hold validated rows: removed at once (a killed run's, by the next run)
      for (Draft d : drafts) {
        try {
          Warehouse.deleteTree(d.folder());
        } catch (IOException ignored) {
          // the next run's clean-up removes it
        }
      }
      throw e;
    }
  }

  /** A new submission on its way in: its folder in the input and its draft in the work area. */
  private record Draft(Path dir, String id, String country, String extractDate, Path folder) {
    Path cleanCases() {
      return folder.resolve("clean").resolve("cases.csv");
    }

    Path cleanEvents() {
      return folder.resolve("clean").resolve("events.csv");
    }
  }

  /**
   * Validates the submissions side by side, one per core: validation is plain Java over one
   * submission's files, so submissions share nothing but the (immutable) rules. Results in input order.
   */
  private static List<ValidationResult> validateAll(SubmissionValidator validator, List<Draft> drafts) {
    if (drafts.isEmpty()) return List.of();
    int threads = Math.min(drafts.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "mpm-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ValidationResult>> futures = new ArrayList<>();
      for (Draft d : drafts) futures.add(pool.submit(() -> validate(validator, d)));
      List<ValidationResult> results = new ArrayList<>();
      for (Future<ValidationResult> f : futures) results.add(f.get());
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while validating submissions", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ValidationResult validate(SubmissionValidator validator, Draft d) {
    try (CleanCsvSink sink = new CleanCsvSink(d.cleanCases(), d.cleanEvents())) {
      return validator.validate(d.dir(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the staging area " + d.folder(), e);
    }
  }

  /**
   * Stages every accepted submission of the run in one Spark job per table: their clean rows typed
   * together and written partitioned by submission, each partition then moved into its draft.
   */
  private static void stageAll(SparkSession spark, SubmissionRegistry registry, List<Draft> drafts,
      List<ValidationResult> results) {
    List<Dataset<Row>> cases = new ArrayList<>();
    List<Dataset<Row>> events = new ArrayList<>();
    List<Draft> accepted = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (!results.get(i).accepted()) continue;
      Draft d = drafts.get(i);
      accepted.add(d);
      Column submission = functions.lit(d.id()).as(SUBMISSION);
      cases.add(StagedTables.stageCases(spark.read().schema(StagedTables.cleanSchema(StagedTables.CASE_COLUMNS))
          .csv(d.cleanCases().toUri().toString()), d.country(), d.extractDate(), results.get(i).linkageKeyId())
          .withColumn(SUBMISSION, submission));
      events.add(StagedTables.stageEvents(spark.read().schema(StagedTables.cleanEventSchema())
          .csv(d.cleanEvents().toUri().toString()), d.country(), d.extractDate())
          .withColumn(SUBMISSION, submission));
    }
    if (accepted.isEmpty()) return;
    Path batch = drafts.get(0).folder().resolveSibling("staging-" + drafts.get(0).id());
    try {
      writeSplit(spark, cases, batch.resolve("cases"), accepted, SubmissionRegistry.CASES);
      writeSplit(spark, events, batch.resolve("events"), accepted, SubmissionRegistry.EVENTS);
      Warehouse.deleteTree(batch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the run's submissions in " + batch, e);
    }
  }

  private static final String SUBMISSION = "mpm_submission";

  /** One write of all submissions' rows; each submission's partition becomes {@code draft/name}. */
  private static void writeSplit(SparkSession spark, List<Dataset<Row>> parts, Path target, List<Draft> accepted,
      String name) throws IOException {
    Dataset<Row> all = parts.stream().reduce(Dataset::unionByName).orElseThrow();
    all.write().partitionBy(SUBMISSION).parquet(target.toUri().toString());
    for (Draft d : accepted) {
      Path partition = target.resolve(SUBMISSION + "=" + d.id());
      Path staged = d.folder().resolve(name);
      if (Files.isDirectory(partition)) {
        Files.move(partition, staged);
      } else {
        // no row at all: the table still exists, with its schema, as one empty file
        spark.createDataFrame(List.of(), all.drop(SUBMISSION).schema()).coalesce(1).write()
            .parquet(staged.toUri().toString());
      }
    }
  }

  private static Outcome register(SubmissionRegistry registry, Draft d, ValidationResult result) {
    try {
      Warehouse.deleteTree(d.folder().resolve("clean"));
      writeQuarantine(d.folder().resolve(SubmissionRegistry.QUARANTINE), result.quarantine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SubmissionRecord record = record(d.id(), d.country(), d.extractDate(), result);
    registry.register(d.folder(), record);
    if (result.accepted()) {
      LOG.info("{} {}: ACCEPTED, {} cases, {} events, {} rows quarantined, {} warnings", d.country(),
          d.extractDate(), record.cases(), record.events(), record.rowsRejected(), warnings(result));
    } else {
      LOG.warn("{} {}: REJECTED ({}); the previous accepted submission stays current", d.country(),
          d.extractDate(), result.rejection());
    }
    return new Outcome(record, result);
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
