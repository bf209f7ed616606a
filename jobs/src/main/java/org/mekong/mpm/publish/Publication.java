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
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.cli.MpmException;
import org.mekong.mpm.publish.Warehouse.Tier;

/**
 * One run's release: every mart written under a fresh release folder, checked against its
 * contract, then made current by swapping a symbolic link, restricted tier first, each in one
 * atomic rename. Until the swap, readers see the previous release, complete and untouched. Whatever
 * fails on the way, each tier is left on a complete release and the unfinished folders are removed.
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
   * Writes the release with {@code contents}, makes it current in both tiers, then drops releases
   * beyond those kept. On any failure (Spark's checked exceptions and errors included) the folders
   * of this release that no {@code current} names are removed before the failure goes on.
   */
  public void publish(Contents contents) {
    try {
      contents.writeInto(this);
      switchCurrent(List.of(Tier.RESTRICTED, Tier.PUBLIC));
    } catch (Throwable e) {
      abandon();
      throw e;
    }
    try {
      Retention.prune(warehouse, Retention.KEEP);
    } catch (IOException e) {
      // a release left behind costs disk only; the next run's retention tries again
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
    Dataset<Row> conformed = data.select(cols.toArray(Column[]::new)).coalesce(1);
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
          throw new MpmException(Mpm.FAILURE, "mart " + m.getKey() + " does not match its contract in"
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
   * Points each tier's {@code current} at this release, in {@code order}. When one switch fails,
   * the tiers already switched are switched back to their previous release (or left without a link,
   * as they were); a tier that cannot be switched back stays on this release, which is complete.
   * The failure says where each tier stands.
   */
  void switchCurrent(List<Tier> order) {
    Map<Tier, String> previous = new LinkedHashMap<>();
    for (Tier t : order) previous.put(t, linked(t));
    List<Tier> switched = new ArrayList<>();
    for (Tier t : order) {
      try {
        links.point(warehouse.current(t), Path.of("releases", runId));
        switched.add(t);
      } catch (IOException | RuntimeException e) {
        Map<Tier, String> state = new LinkedHashMap<>();
        for (Tier s : order) {
          state.put(s, switched.contains(s) ? switchBack(s, previous.get(s)) : stillOn(previous.get(s)));
        }
        StringBuilder msg = new StringBuilder("cannot switch " + folder(t) + "/current to release " + runId
            + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
        state.forEach((s, where) -> msg.append(' ').append(folder(s)).append(": ").append(where).append('.'));
        boolean unchanged = state.values().stream().noneMatch(w -> w.contains(runId));
        msg.append(unchanged ? " Nothing was published; run again when the cause is fixed."
            : " Run again when the cause is fixed: the next run publishes both tiers.");
        throw new MpmException(Mpm.FAILURE, msg.toString(), e);
      }
    }
  }

  private String switchBack(Tier t, String previousId) {
    try {
      if (previousId == null) {
        links.remove(warehouse.current(t));
        return "switched back to no release, as before";
      }
      links.point(warehouse.current(t), Path.of("releases", previousId));
      return "switched back to release " + previousId;
    } catch (IOException | RuntimeException e) {
      return "on the new release " + runId + " (complete; switching back failed too)";
    }
  }

  private static String stillOn(String previousId) {
    return previousId == null ? "still without a release" : "still on release " + previousId;
  }

  private String linked(Tier t) {
    try {
      return warehouse.linkedRelease(t);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + warehouse.current(t), e);
    }
  }

  private static String folder(Tier t) {
    return t.folder;
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
