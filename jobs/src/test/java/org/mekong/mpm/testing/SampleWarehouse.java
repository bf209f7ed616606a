package org.mekong.mpm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.mekong.mpm.cli.Mpm;

/**
 * The warehouse published from {@code data-samples/} by the command line's entry point, once per
 * test JVM; tests that change a warehouse work on a copy. Created with {@code --approval none}, so
 * that the run publishes at once (the sign-off itself is tested by ReleaseCycleTest).
 */
public final class SampleWarehouse {
  private static Path published;

  private SampleWarehouse() {}

  public static synchronized Path get() {
    if (published == null) {
      try {
        Path wh = Files.createTempDirectory("mpm-sample-wh-");
        int status = Mpm.execute("run", "--input", Repo.path("data-samples").toString(),
            "--warehouse", wh.toString(), "--shuffle-partitions", "2", "--approval", "none");
        assertThat(status).as("bin/mpm run on data-samples").isZero();
        published = wh;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return published;
  }

  /** A private copy of the sample warehouse (symbolic links kept as links). */
  public static Path copy() {
    try {
      Path src = get();
      Path dst = Files.createTempDirectory("mpm-wh-copy-");
      try (Stream<Path> s = Files.walk(src)) {
        for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
          Path q = dst.resolve(src.relativize(p).toString());
          if (Files.isSymbolicLink(p)) {
            Files.createSymbolicLink(q, Files.readSymbolicLink(p));
          } else if (Files.isDirectory(p)) {
            Files.createDirectories(q);
          } else {
            Files.copy(p, q);
          }
        }
      }
      return dst;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code read_parquet} of a mart of the current release of a tier ({@code marts} or {@code restricted}). */
  public static String mart(Path warehouse, String tier, String mart) {
    return "read_parquet('" + warehouse.resolve(tier).resolve("current").resolve(mart)
        + "/**/*.parquet', hive_partitioning = true)";
  }
}
