package org.mekong.mpm.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mekong.mpm.cli.Mpm;
import org.mekong.mpm.testing.Repo;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * Runs killed with SIGKILL at chosen moments, each in a JVM of its own: during ingest, during the
 * mart writes, and between the two switches. After each kill both tiers are on a complete release
 * (their {@code current} names a folder with its manifest, and the marts read), and the next run
 * publishes with no manual step, removing what the killed runs left. Spark's scratch lives in the
 * restricted tier's work area, never in the system's temporary folder.
 */
class KillRecoveryIT {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
  private static final List<String> FIRST_COUNTRIES = List.of("KHM", "THA");

  private Path scratch;
  private Path tmp;
  private int runs;

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void killedRunsLeaveEachTierOnACompleteReleaseAndTheNextRunPublishes() throws Exception {
    scratch = Repo.path("jobs/target/it/kill-recovery");
    Warehouse.deleteTree(scratch);
    Path all = scratch.resolve("generated");
    assertThat(Mpm.execute("generate", "--out", all.toString(), "--cases", "600")).isZero();
    Path input = scratch.resolve("input");
    Path wh = scratch.resolve("warehouse");
    tmp = Files.createDirectories(scratch.resolve("tmp"));
    for (String c : FIRST_COUNTRIES) copyTree(all.resolve(c), input.resolve(c));

    Child first = start(input, wh, false);
    assertThat(first.waitFor()).as(first.log()).isZero();
    String r0 = linked(wh, Warehouse.Tier.PUBLIC);
    assertOnCompleteReleases(wh, r0, r0);

    // the other countries' submissions arrive; killed while ingesting them
    try (Stream<Path> s = Files.list(all)) {
      for (Path c : s.toList()) {
        if (!FIRST_COUNTRIES.contains(c.getFileName().toString())) copyTree(c, input.resolve(c.getFileName()));
      }
    }
    int registered = registered(wh);
    Child ingesting = start(input, wh, false);
    ingesting.killWhen(() -> drafts(wh) > 0 || registered(wh) > registered);
    assertThat(releases(wh, Warehouse.Tier.RESTRICTED)).as("killed before publication").containsExactly(r0);
    assertOnCompleteReleases(wh, r0, r0);

    // killed while Spark writes the marts: the new release has marts but no manifest
    Child writing = start(input, wh, false);
    writing.killWhen(() -> newRelease(wh, r0).map(r -> hasMart(wh, r)).orElse(false));
    String unfinished = newRelease(wh, r0).orElseThrow();
    assertThat(wh.resolve("restricted/releases").resolve(unfinished).resolve(Warehouse.MANIFEST)).doesNotExist();
    assertOnCompleteReleases(wh, r0, r0);

    // killed between the switches: restricted on the new release, public still on the old one
    Child switching = start(input, wh, true);
    switching.killWhen(() -> switching.log().contains(KillableRun.PAUSED));
    String r3 = linked(wh, Warehouse.Tier.RESTRICTED);
    assertThat(r3).isNotEqualTo(r0);
    assertOnCompleteReleases(wh, r3, r0);
    assertThat(blockManagers(wh.resolve("restricted/work/spark"))).as("Spark's scratch, left by the kill")
        .isNotEmpty();

    Child next = start(input, wh, false);
    assertThat(next.waitFor()).as(next.log()).isZero();
    String r4 = linked(wh, Warehouse.Tier.PUBLIC);
    assertThat(r4).isNotIn(r0, r3);
    assertOnCompleteReleases(wh, r4, r4);
    assertThat(releases(wh, Warehouse.Tier.PUBLIC)).as("public releases").containsExactly(r0, r3, r4);
    assertThat(releases(wh, Warehouse.Tier.RESTRICTED)).as("restricted releases").containsExactly(r0, r3, r4);
    assertThat(wh.resolve("restricted/work")).as("drafts and scratch removed").isEmptyDirectory();
    assertThat(blockManagers(tmp)).as("nothing of Spark's in the temporary folder").isEmpty();
    assertThat(count(wh.resolve("marts/current/submissions"), "country")).isEqualTo(6L);
  }

  /** Both tiers' current links name a release with its manifest, and a mart of each reads. */
  private static void assertOnCompleteReleases(Path wh, String restricted, String open) throws Exception {
    assertThat(linked(wh, Warehouse.Tier.RESTRICTED)).isEqualTo(restricted);
    assertThat(linked(wh, Warehouse.Tier.PUBLIC)).isEqualTo(open);
    for (String tier : List.of("restricted", "marts")) {
      Path current = wh.resolve(tier).resolve("current");
      assertThat(current.resolve(Warehouse.MANIFEST)).as(tier + " manifest").isRegularFile();
      assertThat(count(current.resolve("indicator_values"), "indicator_id")).as(tier + " indicator_values")
          .isPositive();
    }
  }

  private static long count(Path mart, String column) throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(DISTINCT " + column + ") FROM read_parquet('"
            + mart + "/**/*.parquet')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String linked(Path wh, Warehouse.Tier t) throws IOException {
    return Warehouse.open(wh).linkedRelease(t);
  }

  private static List<String> releases(Path wh, Warehouse.Tier t) throws IOException {
    return Warehouse.open(wh).releaseFolders(t).stream().map(r -> r.id()).toList();
  }

  private static Optional<String> newRelease(Path wh, String old) {
    try (Stream<Path> s = Files.list(wh.resolve("restricted/releases"))) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(id -> !id.equals(old))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean hasMart(Path wh, String release) {
    return Files.isDirectory(wh.resolve("restricted/releases").resolve(release).resolve("indicator_values"));
  }

  private static long drafts(Path wh) {
    return listNames(wh.resolve("restricted/work")).stream().filter(n -> n.startsWith("draft-")).count();
  }

  private static int registered(Path wh) {
    try (Stream<Path> s = Files.walk(wh.resolve("restricted/submissions"))) {
      return (int) s.filter(p -> p.getFileName().toString().equals("submission.json")).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  private static List<String> blockManagers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir, 2)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("blockmgr-")).toList();
    }
  }

  private static List<String> listNames(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }

  /** A run in a JVM of its own, its output in a log file. */
  private Child start(Path input, Path wh, boolean pauseBetweenSwitches) throws IOException {
    Path log = scratch.resolve("run-" + ++runs + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "@" + Repo.path("jobs/jvm.options"), "-Xmx1g",
        "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-Dspark.master=local[2]",
        "-Dmpm.repo=" + Repo.root(), "-cp", System.getProperty("java.class.path"),
        KillableRun.class.getName(), input.toString(), wh.toString()));
    if (pauseBetweenSwitches) cmd.add("--pause-between-switches");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    return new Child(p, log);
  }

  private record Child(Process process, Path logFile) {
    int waitFor() throws InterruptedException {
      if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the run did not finish in " + RUN_TIMEOUT + ":\n" + log());
      }
      return process.exitValue();
    }

    /** Polls {@code moment} and kills the run with SIGKILL as soon as it holds. */
    void killWhen(Supplier<Boolean> moment) throws InterruptedException {
      long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
      while (!moment.get()) {
        if (!process.isAlive()) {
          throw new AssertionError("the run ended (" + process.exitValue() + ") before the moment to kill it:\n"
              + log());
        }
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new AssertionError("the moment to kill the run never came:\n" + log());
        }
        Thread.sleep(5);
      }
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
      process.waitFor();
      assertThat(process.exitValue()).isEqualTo(137);
    }

    String log() {
      try {
        return Files.readString(logFile);
      } catch (IOException e) {
        return "(no log)";
      }
    }
  }
}
