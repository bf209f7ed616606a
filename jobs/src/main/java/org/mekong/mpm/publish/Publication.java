package org.mekong.mpm.publish;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.warehouse.Modes;
import org.mekong.mpm.warehouse.Warehouse.Tier;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * One run's release: every mart written under a fresh release folder, checked against its
 * contract, its manifest written last, then made the restricted tier's current release by swapping
 * a symbolic link in one atomic rename (the public tier follows at publication). Until the swap,
 * readers see the previous release, complete and untouched. Whatever fails on the way, each tier is
 * left on a complete release and the unfinished folders are removed.
 */
public final class Publication {
  /** What a run writes into its release before the switch: its marts, checked, then its manifest. */
  @FunctionalInterface
  public interface Contents {
    void writeInto(Publication release);
  }

  private final Warehouse warehouse;
  private final String runId;
  private final MartSchemas schemas;
  private final LinkSwitch links;
  private final Map<Tier, Map<String, Long>> rowCounts = new LinkedHashMap<>();

  public Publication(Warehouse warehouse, String runId, MartSchemas schemas) {
    this(warehouse, runId, schemas, LinkSwitch.ATOMIC_RENAME);
  }

  public Publication(Warehouse warehouse, String runId, MartSchemas schemas, LinkSwitch links) {
    this.warehouse = warehouse;
    this.runId = runId;
    this.schemas = schemas;
    this.links = links;
    try {
      for (Tier t : Tier.values()) {
        Files.createDirectories(release(t));
        Modes.forTier(t, release(t));
        rowCounts.put(t, new LinkedHashMap<>());
      }
    } catch (IOException e) {
      abandon();
      throw new UncheckedIOException(e);
    }
  }

  public String runId() {
    return runId;
  }

  Path release(Tier t) {
    return warehouse.releases(t).resolve(runId);
  }

  /**
   * Writes the release with {@code contents} and makes it the restricted tier's current one. On any
   * failure (Spark's checked exceptions and errors included) the folders of this release that no
   * {@code current} names are removed before the failure goes on.
   */
  public void publish(Contents contents) {
    try {
      contents.writeInto(this);
      switchRestricted();
    } catch (Throwable e) {
      abandon();
      throw e;
    }
  }

  /** Writes one mart, its columns conformed to the contract's order and types, with its tier's modes. */
  public void write(Tier tier, String mart, Dataset<Row> data) {
    StructType contract = schemas.schema(tier, mart);
    List<Column> cols = new ArrayList<>();
    for (StructField f : contract.fields()) {
      if (!List.of(data.columns()).contains(f.name())) {
        throw new IllegalStateException("mart " + mart + " lacks column " + f.name());
      }
      cols.add(col(f.name()).cast(f.dataType()).as(f.name()));
    }
    Dataset<Row> conformed = data.select(cols.toArray(Column[]::new));
    // a mart built on the driver (aggregates, catalogue, records) is small: one file for readers;
    // one computed by Spark (case-level rows) keeps its partitions, written in parallel
    if (data.isLocal()) conformed = conformed.coalesce(1);
    Path dir = release(tier).resolve(mart);
    conformed.write().mode(SaveMode.ErrorIfExists).parquet(dir.toUri().toString());
    try {
      // Spark's files follow the umask (and Hadoop's own); readers need exactly the tier's modes
      Modes.forTier(tier, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set the modes of mart " + mart, e);
    }
    rowCounts.get(tier).put(mart, -1L);
  }

  /**
   * Reads every written mart's Parquet footers back and compares their schema with the contract;
   * records row counts. A mart missing or off-contract fails the run before anything is switched.
   */
  public Map<Tier, Map<String, Long>> verify(SparkSession spark) {
    for (Tier t : Tier.values()) {
      for (Map.Entry<String, Long> m : rowCounts.get(t).entrySet()) {
        MartFooters f = MartFooters.read(release(t).resolve(m.getKey()), spark.sparkContext().hadoopConfiguration());
        StructType contract = schemas.schema(t, m.getKey());
        if (!f.matches(contract)) {
          throw new Problem(Problem.Kind.FAILED, "mart " + m.getKey() + " does not match its contract in"
              + " schemas/marts.json (" + f.describe() + "); nothing was published.");
        }
        m.setValue(f.rows());
      }
    }
    return rowCounts;
  }

  /** Writes the manifest into both tiers, last: a release folder with its manifest is complete. */
  public void writeManifest(String content) {
    for (Tier t : List.of(Tier.RESTRICTED, Tier.PUBLIC)) writeFile(t, Warehouse.MANIFEST, content);
  }

  /** Writes a file into a tier's release in one rename (never half there), with the tier's file mode. */
  public void writeFile(Tier tier, String name, String content) {
    Path file = release(tier).resolve(name);
    Path part = file.resolveSibling(name + ".part");
    try {
      Files.writeString(part, content);
      Modes.forTier(tier, part);
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Points the restricted tier's {@code current} at this release: a run ends in a DRAFT, and
   * publication switches the public tier later. A failure says where each tier stands.
   */
  private void switchRestricted() {
    String before = linked(Tier.RESTRICTED);
    try {
      links.point(warehouse.current(Tier.RESTRICTED), Path.of("releases", runId));
    } catch (IOException | RuntimeException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot switch restricted/current to release " + runId + " ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")."
          + " restricted: " + stillOn(before) + ". marts: " + stillOn(linked(Tier.PUBLIC)) + "."
          + " Nothing was published; run again when the cause is fixed.", e);
    }
  }

  /** Points a tier's {@code current} at a release in one atomic rename. Releases are kept until {@code mpm prune}. */
  public static void switchTo(Warehouse warehouse, Tier t, String runId) {
    switchTo(warehouse, t, runId, LinkSwitch.ATOMIC_RENAME);
  }

  /** As {@link #switchTo(Warehouse, Tier, String)}, with the way the link is switched given. */
  public static void switchTo(Warehouse warehouse, Tier t, String runId, LinkSwitch links) {
    try {
      links.point(warehouse.current(t), Path.of("releases", runId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot switch " + warehouse.current(t) + " to release " + runId, e);
    }
  }

  /** Where a tier stands, in a failure message. */
  public static String stillOn(String previousId) {
    return previousId == null ? "still without a release" : "still on release " + previousId;
  }

  private String linked(Tier t) {
    try {
      return warehouse.linkedRelease(t);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + warehouse.current(t), e);
    }
  }

  /** Removes this release's folders that no {@code current} names (a failed run's). */
  void abandon() {
    Set<String> linked;
    try {
      linked = warehouse.linkedReleases();
    } catch (IOException e) {
      return; // cannot tell what is linked: leave it to the next run's clean-up
    }
    if (linked.contains(runId)) {
      // one tier could not be switched back: its folder stays, the other tier's is removed
      for (Tier t : Tier.values()) {
        try {
          if (!runId.equals(warehouse.linkedRelease(t))) deleteTree(release(t));
        } catch (IOException e) {
          // left to the next run's clean-up
        }
      }
      return;
    }
    for (Tier t : Tier.values()) deleteTree(release(t));
  }

  /** Removes a tree whose removal is only housekeeping: what is left behind the next run removes. */
  private static void deleteTree(Path p) {
    try {
      Warehouse.deleteTree(p);
    } catch (IOException e) {
      // Leftovers removes it at the next run's start
    }
  }
}
