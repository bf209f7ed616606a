package org.mekong.mpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A standalone cluster started by {@code bin/local-cluster}, the one place that knows how a master
 * and its workers are launched; this class only calls the script and reads what it leaves in its
 * folder (pid files, the master's web UI port, the workers' work dirs).
 */
final class LocalCluster implements AutoCloseable {
  private static final Duration UP_TIMEOUT = Duration.ofSeconds(150);
  private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(60);

  private final Path repo;
  private final Path dir;
  private final String masterUrl;
  /** Master, workers and the executors they forked, seen while the cluster ran: all must be gone after close. */
  private final List<ProcessHandle> processes = new ArrayList<>();

  private LocalCluster(Path repo, Path dir, String masterUrl) {
    this.repo = repo;
    this.dir = dir;
    this.masterUrl = masterUrl;
  }

  /** Starts a master and {@code workers} workers on free ports, waiting until all have registered. */
  static LocalCluster up(Path repo, Path dir, int workers) throws IOException, InterruptedException {
    Path out = dir.resolveSibling(dir.getFileName() + "-up.out");
    Path err = dir.resolveSibling(dir.getFileName() + "-up.err");
    int status = Processes.run("bin/local-cluster up", List.of(script(repo).toString(), "up", "--dir", dir.toString(),
        "--master-port", "0", "--workers", String.valueOf(workers)), Map.of(), repo, out, err, UP_TIMEOUT);
    LocalCluster cluster = new LocalCluster(repo, dir, lastLine(out));
    if (status != 0) {
      cluster.close();
      throw new AssertionError("bin/local-cluster up exited " + status + ":\n" + Processes.tail(err, 30));
    }
    assertThat(cluster.masterUrl).as("master URL printed by bin/local-cluster up").startsWith("spark://127.0.0.1:");
    return cluster;
  }

  String masterUrl() {
    return masterUrl;
  }

  /** The master's JSON status page: workers, running and completed applications. */
  String masterJson() throws IOException, InterruptedException {
    String port = Files.readString(dir.resolve("master-webui.port")).strip();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/"))
        .timeout(Duration.ofSeconds(10)).build();
    return http.send(get, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Each worker's work dir ({@code work/worker-N}), where its executors keep the app jar and their logs. */
  List<Path> workerWorkDirs() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("work"))) {
      return s.sorted().toList();
    }
  }

  /** Remembers the daemons and their executors now, so that {@link #close()} can check they all ended. */
  void recordProcesses() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path pidFile : s.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(p -> {
          if (!processes.contains(p)) processes.add(p);
          p.descendants().filter(d -> !processes.contains(d)).forEach(processes::add);
        });
      }
    }
  }

  /** Stops a cluster that a killed earlier test run may have left running from {@code dir}. */
  static void downIfLeft(Path repo, Path dir) throws IOException, InterruptedException {
    if (!Files.isDirectory(dir)) return;
    Path out = dir.resolveSibling(dir.getFileName() + "-down.out");
    Processes.run("bin/local-cluster down", List.of(script(repo).toString(), "down", "--dir", dir.toString()),
        Map.of(), repo, out, out, DOWN_TIMEOUT);
  }

  /** Stops workers then master through {@code bin/local-cluster down}; fails if a process outlives it. */
  @Override
  public void close() throws IOException, InterruptedException {
    recordProcesses();
    Path out = dir.resolveSibling(dir.getFileName() + "-down.out");
    int status = Processes.run("bin/local-cluster down", List.of(script(repo).toString(), "down", "--dir", dir.toString()), Map.of(), repo,
        out, out, DOWN_TIMEOUT);
    // The script sees a process end when it stops running; give init a moment to reap it too.
    for (ProcessHandle p : processes) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // reported below
      }
    }
    List<ProcessHandle> left = processes.stream().filter(ProcessHandle::isAlive).distinct().toList();
    left.forEach(ProcessHandle::destroyForcibly);
    assertThat(status).as("bin/local-cluster down exit status:\n" + Processes.tail(out, 20)).isZero();
    assertThat(left).as("cluster processes still running after bin/local-cluster down").isEmpty();
  }

  private static Path script(Path repo) {
    return repo.resolve("bin/local-cluster");
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
  }
}
