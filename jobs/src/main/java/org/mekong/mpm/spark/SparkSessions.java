package org.mekong.mpm.spark;

import org.apache.spark.sql.SparkSession;

/** The one place that builds Spark sessions, for the command line and the tests alike. */
public final class SparkSessions {
  private SparkSessions() {}

  private static final String ADVISORY = "spark.sql.adaptive.advisoryPartitionSizeInBytes";

  /**
   * A session on {@code master} (null: embedded {@code local[*]}, or what spark-submit set).
   * Dates are UTC so that marts never depend on the host's time zone. {@code shufflePartitions} 0
   * sizes the shuffles from the data (see below); a positive number fixes their initial count.
   */
  public static SparkSession create(String master, int shufflePartitions) {
    return create(master, shufflePartitions, null);
  }

  /**
   * As {@link #create(String, int)}, with an embedded session's local folders (shuffle, spill and
   * cached blocks: case-level rows) under {@code localDir} instead of the system's temporary
   * folder. On a cluster the executors' local folders are the cluster's ({@code SPARK_LOCAL_DIRS}
   * of each worker), so {@code localDir} applies to embedded runs only. A session already running
   * in this JVM (tests) keeps its own folders.
   */
  public static SparkSession create(String master, int shufflePartitions, java.nio.file.Path localDir) {
    SparkSession.Builder b = SparkSession.builder()
        .appName("mpm")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        // adaptive execution coalesces each shuffle's partitions to about 64 MB, keeping one per
        // core while the data allows (parallelism first); the initial count is set below
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.adaptive.coalescePartitions.enabled", "true")
        .config(ADVISORY, System.getProperty(ADVISORY, "64m"))
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.hadoop.parquet.enable.summary-metadata", "false");
    String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
    b = b.master(effective);
    if (effective.startsWith("local")) {
      // embedded: listen on loopback only, whatever the host name resolves to
      b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
      if (localDir != null) b = b.config("spark.local.dir", localDir.toString());
    } else if (ownJar() != null && System.getProperty("spark.jars") == null) {
      // executors need the job's classes (the rules' UDFs); spark-submit sets this itself
      b = b.config("spark.jars", ownJar());
    }
    SparkSession spark = b.getOrCreate();
    // four per core to start from: many more (Spark's 200) made the sample run's indicators 2-6x
    // slower in many tiny tasks, since cached journeys keep their partitioning
    int initial = shufflePartitions > 0 ? shufflePartitions : 4 * spark.sparkContext().defaultParallelism();
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(initial));
    return spark;
  }

  /** The thin jar this code runs from, or null when running from class folders (tests). */
  static String ownJar() {
    try {
      String p = java.nio.file.Path.of(SparkSessions.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI()).toString();
      return p.endsWith(".jar") ? p : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
