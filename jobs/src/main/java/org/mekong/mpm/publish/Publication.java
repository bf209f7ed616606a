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
 * atomic rename. Until the swap, readers see the previous release, complete and untouched.
 */
public final class Publication {
  private final Warehouse warehouse;
  private final String runId;
  private final MartSchemas schemas;
  private final Map<Tier, Map<String, Long>> rowCounts = new LinkedHashMap<>();

  public Publication(Warehouse warehouse, String runId, MartSchemas schemas) {
    this.warehouse = warehouse;
    this.runId = runId;
    this.schemas = schemas;
    try {
      for (Tier t : Tier.values()) {
        Files.createDirectories(release(t));
        rowCounts.put(t, new LinkedHashMap<>());
      }
      Warehouse.ownerOnly(release(Tier.RESTRICTED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String runId() {
    return runId;
  }

  Path release(Tier t) {
    return warehouse.releases(t).resolve(runId);
  }

  /** Writes one mart, its columns conformed to the contract's order and types. */
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
    conformed.write().mode(SaveMode.ErrorIfExists).parquet(release(tier).resolve(mart).toUri().toString());
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

  /** Writes a file into a tier's release (e.g. the run manifest). */
  public void writeFile(Tier tier, String name, String content) {
    try {
      Files.writeString(release(tier).resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes this release current in one tier: one atomic rename of the tier's {@code current} link. */
  public void switchCurrent(Tier t) {
    switchTo(warehouse, t, runId);
  }

  /**
   * Points a tier's {@code current} at a release in one atomic rename. Releases are never pruned
   * here: they are kept until {@code mpm prune} (releases contract 1.1).
   */
  public static void switchTo(Warehouse warehouse, Tier t, String runId) {
    Path link = warehouse.current(t);
    Path tmp = link.resolveSibling("current.next-" + runId);
    try {
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, Path.of("releases", runId));
      Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot switch " + link + " to release " + runId, e);
    }
  }

  /** Removes a release never switched in (a failed run's). */
  public void abandon() {
    for (Tier t : Tier.values()) deleteTree(release(t));
  }

  /** Removes a tree whose removal is only housekeeping: what is left behind costs disk only. */
  private static void deleteTree(Path p) {
    try {
      Warehouse.deleteTree(p);
    } catch (IOException e) {
      // scratch left behind costs disk only
    }
  }
}
