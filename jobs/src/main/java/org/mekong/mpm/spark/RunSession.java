package org.mekong.mpm.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.mekong.mpm.warehouse.Modes;
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
      Modes.ownerOnly(scratch);
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
    if (started) {
      // Stopping a cluster session, Spark's RPC futures fail against its own stopped thread pools
      // and Scala prints their stack traces straight to System.err, past the logging set-up. The
      // run is over by then: what is printed to System.err from here on goes to the debug log.
      // (The command line's own messages and the log keep the terminal they were given at start.)
      System.setErr(new PrintStream(new DebugLog(), true, StandardCharsets.UTF_8));
      spark.stop();
    }
    try {
      Warehouse.deleteTree(scratch);
    } catch (IOException e) {
      // the next run removes it with the other leftovers, before it starts Spark
    }
  }

  /** Lines written to it, logged at debug level. */
  private static final class DebugLog extends OutputStream {
    private static final Logger LOG = LogManager.getLogger(RunSession.class);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b != '\n') {
        line.write(b);
        return;
      }
      LOG.debug("after the run: {}", line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
  }
}
