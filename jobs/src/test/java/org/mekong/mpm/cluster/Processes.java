package org.mekong.mpm.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Child processes with a bounded wait: a hung child is killed, with its descendants, and fails the test. */
final class Processes {
  private Processes() {}

  /** Runs {@code command} ({@code label} in messages) in {@code workDir}, output to files; returns its exit status. */
  static int run(String label, List<String> command, Map<String, String> env, Path workDir, Path out, Path err, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (out.equals(err)) {
      pb.redirectErrorStream(true).redirectOutput(out.toFile());
    } else {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    }
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(label + " did not finish within " + timeout
            + "; killed. Last lines:\n" + tail(err, 30));
      }
      return p.exitValue();
    } finally {
      // Also on timeout or interruption: a driver left running would wait for its cluster forever.
      if (p.isAlive()) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The last {@code n} lines of a log, for failure messages. */
  static String tail(Path file, int n) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(no output in " + file + ")";
    }
  }
}
