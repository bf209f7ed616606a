package org.mekong.mpm.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.publish.MartRows;
import org.mekong.mpm.warehouse.Modes;
import org.mekong.mpm.warehouse.Warehouse.Tier;

/**
 * What a national focal point signs off: one country's rows of a release, restricted and public
 * side by side, what changed since the published release and why, its return exceptions and its
 * data quality, as CSV files and one self-contained {@code index.html}. Restricted material: the
 * folder is owner-only and holds that country's rows only.
 */
public final class ReviewPack {
  static final List<String> NUMBERS = List.of("numerator", "denominator", "value", "status");

  /** Why a row changed, where the releases' submissions tell. */
  public enum Reason { NEW_SUBMISSION, SUPERSEDED_EXTRACT, LATER_EXTRACT_DATE, COUNTERPART_DATA, SUPPRESSION_PATTERN }

  /** A changed row of one tier with its reason (null when unknown). */
  public record Change(String tier, Revisions.Revision revision, Reason reason) {}

  private final ReleaseStore store;
  private final Release release;
  private final String country;

  public ReviewPack(ReleaseStore store, Release release, String country) {
    this.store = store;
    this.release = release;
    this.country = country;
  }

  /** Writes the pack under {@code out} (created, mode 700; an existing folder must be empty). Returns the changes. */
  public List<Change> write(Path out) {
    if (!release.countries().contains(country)) {
      throw new Problem(Problem.Kind.BAD_REQUEST, country + " is not in release " + release.runId() + " (its countries: "
          + String.join(" ", release.countries()) + "); there is nothing for it to review.");
    }
    prepare(out);
    List<Map<String, Object>> restricted = rows(Tier.RESTRICTED, release.runId(), "indicator_values");
    List<Map<String, Object>> published = rows(Tier.PUBLIC, release.runId(), "indicator_values");
    Optional<String> previous = store.current(Tier.PUBLIC).filter(id -> !id.equals(release.runId()));
    List<Change> changes = previous.map(this::changesSince).orElse(List.of());
    List<Map<String, Object>> exceptions = rows(Tier.RESTRICTED, release.runId(), "return_exceptions");
    List<Map<String, Object>> quality = rows(Tier.PUBLIC, release.runId(), "data_quality");
    try {
      csv(out.resolve("indicator_values.csv"), sideBySideHeader(), sideBySide(restricted, published));
      csv(out.resolve("changes.csv"), changeHeader(), changes.stream().map(ReviewPack::changeRow).toList());
      List<String> rx = List.of("country", "case_id", "bilateral_ref", "departure_date", "counterpart_country");
      csv(out.resolve("return_exceptions.csv"), rx, values(exceptions, rx));
      List<String> dq = List.of("country", "extract_date", "file", "reason_code", "level", "rows_checked", "rows_failed");
      csv(out.resolve("data_quality.csv"), dq, values(quality, dq));
      write(out.resolve("index.html"), ReviewPage.render(release, country, previous.orElse(null),
          sideBySide(restricted, published), changes, values(exceptions, List.of("case_id", "bilateral_ref",
              "departure_date", "counterpart_country")), values(quality, dq)));
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot write the review pack under " + out + ": " + e.getMessage(), e);
    }
    return changes;
  }

  /** Both tiers' rows of the country that differ from the published release, with a reason. */
  List<Change> changesSince(String previous) {
    List<Revisions.Revision> restricted = Revisions.between(rows(Tier.RESTRICTED, previous, "indicator_values"),
        rows(Tier.RESTRICTED, release.runId(), "indicator_values"));
    List<Revisions.Revision> published = Revisions.between(rows(Tier.PUBLIC, previous, "indicator_values"),
        rows(Tier.PUBLIC, release.runId(), "indicator_values"));
    Set<List<String>> restrictedKeys = new java.util.HashSet<>();
    restricted.forEach(r -> restrictedKeys.add(r.key()));
    Reason dataReason = dataReason(store.find(previous).orElse(null));
    List<Change> out = new ArrayList<>();
    for (Revisions.Revision r : restricted) out.add(new Change("restricted", r, dataReason));
    for (Revisions.Revision r : published) {
      out.add(new Change("public", r, restrictedKeys.contains(r.key()) ? dataReason : Reason.SUPPRESSION_PATTERN));
    }
    return out;
  }

  /** What changed in the data between the two releases, seen from this country. */
  private Reason dataReason(Release before) {
    if (before == null) return null;
    Release.Submission was = before.submissions().get(country);
    Release.Submission is = release.submissions().get(country);
    if (was == null && is != null) return Reason.NEW_SUBMISSION;
    if (was != null && is != null && !was.equals(is)) {
      return was.extractDate().equals(is.extractDate()) ? Reason.SUPERSEDED_EXTRACT : Reason.LATER_EXTRACT_DATE;
    }
    Map<String, Release.Submission> others = new HashMap<>(release.submissions());
    Map<String, Release.Submission> othersBefore = new HashMap<>(before.submissions());
    others.remove(country);
    othersBefore.remove(country);
    return others.equals(othersBefore) ? null : Reason.COUNTERPART_DATA;
  }

  private List<Map<String, Object>> rows(Tier tier, String runId, String mart) {
    Path p = store.folder(tier, runId).resolve(mart);
    if (!Files.isDirectory(p)) {
      throw new Problem(Problem.Kind.FAILED, "release " + runId + " has no " + mart + " mart under " + p
          + "; the release is incomplete.");
    }
    return MartRows.read(p, r -> country.equals(r.get("country")));
  }

  private static void prepare(Path out) {
    try {
      if (Files.exists(out)) {
        try (Stream<Path> s = Files.list(out)) {
          if (!Files.isDirectory(out) || s.findAny().isPresent()) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "--out " + out + " exists and is not an empty folder; give a new folder.");
          }
        }
      } else {
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.createDirectory(out);
      }
      Modes.ownerOnly(out); // empty still: only the folder's own mode

    } catch (IOException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "cannot create the folder " + out + ": " + e.getMessage(), e);
    }
  }

  static List<String> sideBySideHeader() {
    List<String> h = new ArrayList<>(Revisions.KEY);
    h.add("unit");
    for (String t : List.of("restricted", "public")) for (String n : NUMBERS) h.add(t + "_" + n);
    return h;
  }

  /** The restricted and public row of each key on one line, in the restricted tier's order. */
  static List<List<Object>> sideBySide(List<Map<String, Object>> restricted, List<Map<String, Object>> published) {
    Map<List<Object>, Map<String, Object>> pub = new HashMap<>();
    for (Map<String, Object> p : published) pub.put(key(p), p);
    List<List<Object>> out = new ArrayList<>();
    List<Map<String, Object>> sorted = new ArrayList<>(restricted);
    sorted.sort(java.util.Comparator.comparing(r -> String.join("\u0000", key(r).stream().map(String::valueOf).toList())));
    for (Map<String, Object> r : sorted) {
      List<Object> line = new ArrayList<>(key(r));
      line.add(r.get("unit"));
      Map<String, Object> p = pub.getOrDefault(key(r), Map.of());
      for (String n : NUMBERS) line.add(r.get(n));
      for (String n : NUMBERS) line.add(p.get(n));
      out.add(line);
    }
    return out;
  }

  private static List<Object> key(Map<String, Object> r) {
    List<Object> k = new ArrayList<>();
    for (String c : Revisions.KEY) k.add(r.get(c));
    return k;
  }

  static List<String> changeHeader() {
    List<String> h = new ArrayList<>(List.of("tier"));
    h.addAll(Revisions.KEY);
    for (String n : NUMBERS) {
      h.add("old_" + n);
      h.add("new_" + n);
    }
    h.add("change");
    h.add("reason");
    return h;
  }

  static List<Object> changeRow(Change c) {
    List<Object> row = new ArrayList<>();
    row.add(c.tier());
    row.addAll(c.revision().key());
    for (String n : NUMBERS) {
      row.add(c.revision().old(n));
      row.add(c.revision().now(n));
    }
    row.add(c.revision().change().name());
    row.add(c.reason() == null ? null : c.reason().name());
    return row;
  }

  private static List<List<Object>> values(List<Map<String, Object>> rows, List<String> columns) {
    List<List<Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      List<Object> line = new ArrayList<>();
      for (String c : columns) line.add(r.get(c));
      out.add(line);
    }
    out.sort(java.util.Comparator.comparing(l -> l.toString()));
    return out;
  }

  private static void csv(Path file, List<String> header, List<List<Object>> rows) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
    for (List<Object> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) b.append(',');
        b.append(csvField(r.get(i)));
      }
      b.append('\n');
    }
    write(file, b.toString());
  }

  static String csvField(Object v) {
    if (v == null) return "";
    String s = String.valueOf(v);
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Modes.ownerOnly(file);
  }

  static String format(Object v) {
    if (v == null) return "";
    if (v instanceof Double d) return String.format(Locale.ROOT, "%.1f", d);
    return String.valueOf(v);
  }
}
