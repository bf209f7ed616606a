package org.mekong.mpm.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.warehouse.Modes;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * The submissions a warehouse has seen, each in its own folder
 * {@code restricted/submissions/<ISO3>/<date>/<id>/} with {@code submission.json}, and for an
 * accepted one its staged {@code cases/} and {@code events/} and its {@code quarantine.jsonl}.
 * A folder appears by one atomic rename, so a killed ingest leaves nothing half-registered.
 */
public final class SubmissionRegistry {
  static final String RECORD = "submission.json";
  static final String CASES = "cases";
  static final String EVENTS = "events";
  static final String QUARANTINE = "quarantine.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Warehouse warehouse;
  private final List<SubmissionRecord> records;

  private SubmissionRegistry(Warehouse warehouse, List<SubmissionRecord> records) {
    this.warehouse = warehouse;
    this.records = records;
  }

  public static SubmissionRegistry load(Warehouse w) {
    List<SubmissionRecord> found = new ArrayList<>();
    try (Stream<Path> s = Files.find(w.submissions(), 4,
        (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(RECORD))) {
      for (Path p : s.toList()) found.add(JSON.readValue(p.toFile(), SubmissionRecord.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the submission records of " + w.root(), e);
    }
    found.sort(Comparator.comparing(SubmissionRecord::country)
        .thenComparing(SubmissionRecord::extractDate).thenComparing(SubmissionRecord::ingestedAt));
    return new SubmissionRegistry(w, found);
  }

  public boolean seen(String id) {
    return records.stream().anyMatch(r -> r.id().equals(id));
  }

  /**
   * Every submission with its status as of now: of several accepted ones with the same country and
   * extract date, the latest ingested (a corrected export) is ACCEPTED, the others SUPERSEDED.
   */
  public List<SubmissionRecord> all() {
    Map<String, SubmissionRecord> latest = new LinkedHashMap<>();
    for (SubmissionRecord r : records) {
      if (r.status().equals(SubmissionRecord.ACCEPTED)) latest.put(r.country() + "/" + r.extractDate(), r);
    }
    List<SubmissionRecord> out = new ArrayList<>();
    for (SubmissionRecord r : records) {
      boolean superseded = r.status().equals(SubmissionRecord.ACCEPTED)
          && latest.get(r.country() + "/" + r.extractDate()) != r;
      out.add(superseded ? r.withStatus(SubmissionRecord.SUPERSEDED) : r);
    }
    return out;
  }

  /** Each country's current data: its accepted submission with the greatest extract date. */
  public List<SubmissionRecord> current() {
    Map<String, SubmissionRecord> byCountry = new LinkedHashMap<>();
    for (SubmissionRecord r : all()) {
      if (!r.status().equals(SubmissionRecord.ACCEPTED)) continue;
      SubmissionRecord c = byCountry.get(r.country());
      if (c == null || r.extractDate().compareTo(c.extractDate()) > 0) byCountry.put(r.country(), r);
    }
    return new ArrayList<>(byCountry.values());
  }

  public Path folder(SubmissionRecord r) {
    return warehouse.submissions().resolve(r.country()).resolve(r.extractDate()).resolve(r.id());
  }

  public Path stagedCases(SubmissionRecord r) {
    return folder(r).resolve(CASES);
  }

  public Path stagedEvents(SubmissionRecord r) {
    return folder(r).resolve(EVENTS);
  }

  public Path quarantine(SubmissionRecord r) {
    return folder(r).resolve(QUARANTINE);
  }

  /** A quarantined row as kept on disk, one JSON object a line: the fields that passed as a JSON text. */
  private static final StructType QUARANTINE_LINE = new StructType()
      .add("file", DataTypes.StringType).add("line", DataTypes.LongType)
      .add("reason_code", DataTypes.StringType).add("fields", DataTypes.StringType);

  /**
   * Every submission's quarantined rows, read by Spark from the submissions' quarantine files (none
   * for a rejected one): country, extract_date, file, line, reason_code, fields, in that order.
   */
  public Dataset<Row> quarantine(SparkSession spark) {
    List<Row> owners = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (SubmissionRecord r : all()) {
      if (!Files.exists(quarantine(r))) continue;
      owners.add(RowFactory.create(r.id(), r.country(), java.sql.Date.valueOf(r.extractDate())));
      files.add(quarantine(r).toUri().toString());
    }
    StructType owner = new StructType().add("submission_id", DataTypes.StringType)
        .add("country", DataTypes.StringType).add("extract_date", DataTypes.DateType);
    Dataset<Row> rows = files.isEmpty()
        ? spark.createDataFrame(List.of(), QUARANTINE_LINE).withColumn("submission_id", functions.lit(null).cast("string"))
        : spark.read().schema(QUARANTINE_LINE).option("mode", "FAILFAST").option("encoding", "UTF-8")
            .json(files.toArray(String[]::new))
            // the submission's folder, named by its id, holds the file
            .withColumn("submission_id", functions.element_at(
                functions.split(functions.col("_metadata.file_path"), "/"), -2));
    return rows.join(functions.broadcast(spark.createDataFrame(owners, owner)), "submission_id")
        .select("country", "extract_date", "file", "line", "reason_code", "fields")
        .orderBy("country", "extract_date", "file", "line");
  }

  /** Where a new submission is assembled before {@link #register} moves it into place. */
  public Path draft(String country, String extractDate, String id) {
    Path d = warehouse.work().resolve("draft-" + country + "-" + extractDate + "-" + id);
    try {
      Warehouse.deleteTree(d);
      Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  /** Writes the record into the draft and moves the draft into place in one rename. */
  public void register(Path draft, SubmissionRecord r) {
    try {
      JSON.writeValue(draft.resolve(RECORD).toFile(), r);
      Modes.ownerOnly(draft);
      Path target = folder(r);
      Files.createDirectories(target.getParent());
      Warehouse.deleteTree(target);
      Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
      records.add(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register submission " + r.country() + "/" + r.extractDate(), e);
    }
  }
}
