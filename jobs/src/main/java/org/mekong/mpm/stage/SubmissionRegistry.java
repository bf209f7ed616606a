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

  /** A quarantined row as kept on disk: file, line, reason code and the JSON of the fields that passed. */
  public record Quarantined(String file, long line, String reason_code, String fields) {}

  /** The rows quarantined from a submission (none for a rejected one). */
  public List<Quarantined> quarantined(SubmissionRecord r) {
    Path q = quarantine(r);
    if (!Files.exists(q)) return List.of();
    try (Stream<String> lines = Files.lines(q)) {
      List<Quarantined> out = new ArrayList<>();
      for (String line : lines.toList()) out.add(JSON.readValue(line, Quarantined.class));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the quarantine of " + r.country() + "/" + r.extractDate(), e);
    }
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
