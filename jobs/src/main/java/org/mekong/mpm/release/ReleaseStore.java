package org.mekong.mpm.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.warehouse.Modes;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * Where release states live: {@code restricted/releases/<run id>/release.json}, each written to a
 * temporary file and renamed, and the append-only {@code restricted/releases/history.jsonl}.
 */
public final class ReleaseStore {
  private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-[0-9a-f]{1,8}");
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private final Warehouse warehouse;

  public ReleaseStore(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  public static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  Path file(String runId) {
    return folder(Tier.RESTRICTED, runId).resolve("release.json");
  }

  /** A tier's folder of a release. */
  public Path folder(Tier tier, String runId) {
    return warehouse.releases(tier).resolve(runId);
  }

  public Path history() {
    return warehouse.releases(Tier.RESTRICTED).resolve("history.jsonl");
  }

  public Optional<Release> find(String runId) {
    if (runId == null || !RUN_ID.matcher(runId).matches()) return Optional.empty();
    Path f = file(runId);
    if (!Files.isRegularFile(f)) return Optional.empty();
    try {
      return Optional.of(JSON.readValue(f.toFile(), Release.class));
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot read " + f + ": " + e.getMessage()
          + "; restore it from the warehouse's backup.", e);
    }
  }

  /** The release, or exit 2 naming the way to list them. */
  public Release get(String runId) {
    return find(runId).orElseThrow(() -> new Problem(Problem.Kind.BAD_REQUEST, "no release '" + runId + "' in "
        + warehouse.root() + "; list the releases with: mpm releases --warehouse " + warehouse.root()));
  }

  /** Every release with a state file, newest first. */
  public List<Release> all() {
    Path dir = warehouse.releases(Tier.RESTRICTED);
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      List<String> ids = s.map(p -> p.getFileName().toString()).filter(n -> RUN_ID.matcher(n).matches())
          .sorted(Comparator.reverseOrder()).toList();
      List<Release> out = new ArrayList<>();
      for (String id : ids) find(id).ifPresent(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the state file whole: to a temporary file, forced to disk, then renamed over the old one. */
  public void save(Release r) {
    Path f = file(r.runId());
    Path tmp = f.resolveSibling("release.json.tmp");
    try {
      byte[] bytes = JSON.writeValueAsBytes(r);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(java.nio.ByteBuffer.wrap(bytes));
        ch.force(true);
      }
      Modes.ownerOnly(tmp);
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f, e);
    }
  }

  /** Appends one line to the audit trail; the file is never rewritten. */
  public void log(String runId, ReleaseState from, String to, String country, String by, String note) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("run_id", runId);
    e.put("from", from == null ? null : from.name());
    e.put("to", to);
    if (country != null) e.put("country", country);
    e.put("by", by);
    e.put("note", note);
    e.put("at", now());
    try {
      String line = JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(e) + "\n";
      try (FileChannel ch = FileChannel.open(history(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        ch.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
      Modes.ownerOnly(history());
    } catch (IOException x) {
      throw new UncheckedIOException("cannot append to " + history(), x);
    }
  }

  /** The run id a tier's {@code current} link points to, if any. */
  public Optional<String> current(Tier tier) {
    Path link = warehouse.current(tier);
    if (!Files.isSymbolicLink(link)) return Optional.empty();
    try {
      return Optional.of(Files.readSymbolicLink(link).getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes both tiers' folders of a release. */
  void remove(String runId) throws IOException {
    Warehouse.deleteTree(folder(Tier.PUBLIC, runId));
    Warehouse.deleteTree(folder(Tier.RESTRICTED, runId));
  }

  /** Opens an existing warehouse for a release command (exit 2 when there is none). */
  public static Warehouse existing(Path root) {
    if (!Files.isDirectory(root.resolve("restricted"), LinkOption.NOFOLLOW_LINKS)) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "no warehouse at " + root + "; give --warehouse DIR of a warehouse"
          + " that mpm run has written.");
    }
    return Warehouse.open(root);
  }
}
