package org.mekong.mpm.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * The Spark session of one run, its local folders in {@code scratch} (owner-only, inside the
 * restricted tier). At the end of the run a session this run started is stopped and the scratch
 * removed; a session that was already running in this JVM (the tests' shared one) is left running.
 */
public final class RunSession implements AutoCloseable {
  private final SparkSession spark;
  private final boolean started;
  private final Path scratch;

  private RunSession(SparkSession spark, boolean started, Path scratch) {
    this.spark = spark;
    this.started = started;
    this.scratch = scratch;
  }

  public static RunSession start(String master, int shufflePartitions, Path scratch) {
    boolean running = SparkSession.getDefaultSession().isDefined();
    try {
      Files.createDirectories(scratch);
      Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot create Spark's scratch folder " + scratch, e);
    }
    return new RunSession(SparkSessions.create(master, shufflePartitions, scratch), !running, scratch);
  }

  public SparkSession spark() {
    return spark;
  }

  @Override
  public void close() {
    if (started) spark.stop();
    try {
      Warehouse.deleteTree(scratch);
    } catch (IOException e) {
      // the next run removes it with the other leftovers, before it starts Spark
    }
  }
}
