package org.mekong.mpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.testing.Repo;

/**
 * The quarterly job on a real standalone cluster (a master and two one-core workers on 127.0.0.1,
 * started by {@code bin/local-cluster}) publishes the same marts as the embedded run.
 *
 * <p>Both drivers are separate JVMs launched as {@code bin/mpm} launches one, with the thin jar and
 * the Maven classpath: Spark cannot switch master inside this JVM.
 */
class LocalClusterIT {
  /** Bounds, not expectations: on 2 busy cores the cluster run of the 3000-case sample takes 1-2 min. */
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

  /** Columns that differ between two runs by design (the contract's "apart from run ids and timestamps"). */
  private static final Map<String, Set<String>> PER_RUN_COLUMNS = Map.of(
      "indicator_values", Set.of("run_id"),
      "submissions", Set.of("ingested_at"),
      "releases", Set.of("run_id", "created_at", "published_at"));

  private static Path repo;
  private static Path scratch;
  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() throws IOException, InterruptedException {
    repo = Repo.root();
    assertThat(repo.resolve("jobs/target/mpm-jobs.jar")).as("the thin jar (run through mvn verify)").isRegularFile();
    // Under target/ rather than a temporary folder: the daemons' and executors' logs outlive a failure.
    scratch = repo.resolve("jobs/target/it/local-cluster");
    LocalCluster.downIfLeft(repo, scratch.resolve("cluster"));
    deleteTree(scratch);
    Files.createDirectories(scratch);
    cluster = LocalCluster.up(repo, scratch.resolve("cluster"), 2);
  }

  @AfterAll
  static void stopCluster() throws IOException, InterruptedException {
    if (cluster != null) cluster.close();
  }

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void theClusterRunPublishesTheSameMartsAsTheEmbeddedRun() throws Exception {
    Path input = sampleInput();

    Run onCluster = runMpm(cluster.masterUrl(), input, scratch.resolve("warehouse-cluster"));
    cluster.recordProcesses();
    Run embedded = runMpm("local[2]", input, scratch.resolve("warehouse-local"));

    assertThat(onCluster.status()).as("cluster run exit status; driver log:\n" + onCluster.logTail())
        .isIn(Mpm.OK, Mpm.REJECTED);
    assertThat(embedded.status()).as("embedded run exit status; driver log:\n" + embedded.logTail())
        .isEqualTo(onCluster.status());
    assertExecutorsOnEveryWorkerRanTasks();
    for (String tier : List.of("marts", "restricted")) {
      assertSameMarts(onCluster.warehouse().resolve(tier).resolve("current"),
          embedded.warehouse().resolve(tier).resolve("current"));
    }
  }

  /** The repository's sample submissions; a small generated set when this checkout has none. */
  private static Path sampleInput() {
    Path samples = repo.resolve("data-samples");
    if (Files.isDirectory(samples)) return samples;
    Path generated = scratch.resolve("input");
    assertThat(Mpm.execute("generate", "--out", generated.toString(), "--cases", "600")).isZero();
    return generated;
  }

  private record Run(int status, Path warehouse, Path log) {
    String logTail() {
      return Processes.tail(log, 40);
    }
  }

  /** {@code bin/mpm run} without the build step: the same java command line, on {@code master}. */
  private static Run runMpm(String master, Path input, Path warehouse) throws IOException, InterruptedException {
    Path target = repo.resolve("jobs/target");
    String classpath = target.resolve("mpm-jobs.jar") + ":" + Files.readString(target.resolve("classpath.txt")).strip();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the embedded run holds executors' work too, hence its larger heap
    String heap = master.startsWith("local") ? "-Xmx2g" : "-Xmx1g";
    List<String> cmd = List.of(java, "@" + repo.resolve("jobs/jvm.options"), heap,
        // the first job waits until both executors are up, so that both workers get tasks
        "-Dspark.scheduler.minRegisteredResourcesRatio=1.0",
        // short-lived JVMs on 2 shared cores: the C2 compiler costs more CPU than it saves
        "-XX:TieredStopAtLevel=1", "-Dspark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1",
        "-cp", classpath, "org.mekong.mpm.cli.Mpm", "run", "--master", master,
        "--input", input.toString(), "--warehouse", warehouse.toString(),
        // published at once: the comparison is of the marts, not of the sign-off (ReleaseCycleTest)
        "--approval", "none",
        // one shuffle partition per executor core: 8 (the default) only multiplies task round trips here
        "--shuffle-partitions", "2");
    Path log = Path.of(warehouse + ".log");
    // The driver listens on loopback, where the executors on 127.0.0.1 call it back.
    Map<String, String> env = Map.of("SPARK_LOCAL_IP", "127.0.0.1", "SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    long start = System.nanoTime();
    int status = Processes.run("mpm run --master " + master, cmd, env, repo, log, log, RUN_TIMEOUT);
    System.out.printf("LocalClusterIT: mpm run --master %s exited %d after %.1f s%n", master, status,
        (System.nanoTime() - start) / 1e9);
    return new Run(status, warehouse, log);
  }

  /**
   * The run really used the cluster: the master lists the finished application with cores granted,
   * and on every worker an executor of that application fetched the thin jar and finished tasks.
   */
  private static void assertExecutorsOnEveryWorkerRanTasks() throws IOException, InterruptedException {
    String json = cluster.masterJson();
    Matcher app = Pattern.compile("\"id\"\\s*:\\s*\"(app-[^\"]+)\"[^}]*?\"name\"\\s*:\\s*\"mpm\"[^}]*?"
        + "\"cores\"\\s*:\\s*(\\d+)").matcher(json);
    assertThat(app.find()).as("an application named mpm in the master's JSON:\n" + json).isTrue();
    String appId = app.group(1);
    assertThat(Integer.parseInt(app.group(2))).as("cores granted to " + appId).isPositive();

    List<Path> workers = cluster.workerWorkDirs();
    assertThat(workers).hasSize(2);
    for (Path worker : workers) {
      Path appDir = worker.resolve(appId);
      assertThat(appDir).as("executor folder of " + appId + " on " + worker.getFileName()).isDirectory();
      List<Path> executors;
      try (Stream<Path> s = Files.list(appDir)) {
        executors = s.filter(Files::isDirectory).toList();
      }
      long finished = 0;
      boolean jarFetched = false;
      for (Path executor : executors) {
        jarFetched |= Files.isRegularFile(executor.resolve("mpm-jobs.jar"));
        Path stderr = executor.resolve("stderr");
        if (Files.exists(stderr)) {
          try (Stream<String> lines = Files.lines(stderr)) {
            finished += lines.filter(l -> l.contains("Finished task")).count();
          }
        }
      }
      assertThat(jarFetched).as("thin jar fetched by an executor on " + worker.getFileName()).isTrue();
      assertThat(finished).as("tasks finished by executors on " + worker.getFileName()).isPositive();
    }
  }

  /** Every mart of a tier: same names, same columns and types, same rows apart from per-run columns. */
  private static void assertSameMarts(Path clusterTier, Path localTier) throws SQLException, IOException {
    Set<String> marts = martNames(clusterTier);
    assertThat(marts).as("marts in " + clusterTier).isNotEmpty().isEqualTo(martNames(localTier));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String mart : marts) {
        Path a = clusterTier.resolve(mart);
        Path b = localTier.resolve(mart);
        assertThat(columns(duck, a)).as("columns of " + a).isEqualTo(columns(duck, b));
        Set<String> skip = PER_RUN_COLUMNS.getOrDefault(mart, Set.of());
        List<String> rowsA = rows(duck, a, skip);
        assertThat(rowsA).as("rows of %s vs %s", a, b).containsExactlyElementsOf(rows(duck, b, skip));
        System.out.printf("LocalClusterIT: %s/%s: %d rows equal%n", clusterTier.getParent().getFileName(), mart,
            rowsA.size());
      }
    }
  }

  private static Set<String> martNames(Path tier) throws IOException {
    try (Stream<Path> s = Files.list(tier)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static String parquet(Path mart) {
    return "read_parquet('" + mart.toString().replace("'", "''") + "/**/*.parquet')";
  }

  /** Column name and type, in order. */
  private static List<String> columns(Connection duck, Path mart) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + parquet(mart))) {
      while (rs.next()) out.add(rs.getString("column_name") + " " + rs.getString("column_type"));
    }
    return out;
  }

  /**
   * Rows as text, sorted, per-run columns left out. Doubles are rounded to 9 decimals: a sum over
   * differently partitioned data may differ in the last bit, which no reader of a percentage sees.
   */
  private static List<String> rows(Connection duck, Path mart, Set<String> skip) throws SQLException {
    List<String> select = new ArrayList<>();
    for (String c : columns(duck, mart)) {
      String name = c.substring(0, c.indexOf(' '));
      if (skip.contains(name)) continue;
      String quoted = '"' + name + '"';
      select.add(c.endsWith(" DOUBLE") ? "round(" + quoted + ", 9) AS " + quoted : quoted);
    }
    assertThat(select).as("columns left to compare in " + mart).isNotEmpty();
    List<String> out = new ArrayList<>();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + String.join(", ", select) + " FROM " + parquet(mart)
            + " ORDER BY ALL")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(i > 1 ? "|" : "").append(rs.getString(i));
        out.add(row.toString());
      }
    }
    return out;
  }

  /** Removes a folder left by an earlier run; symbolic links (the jar farm) are removed, never followed. */
  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }
}
