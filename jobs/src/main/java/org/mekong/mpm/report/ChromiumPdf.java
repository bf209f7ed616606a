package org.mekong.mpm.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints a report to PDF with headless Chromium (its own print engine, so the PDF is what a reader
 * printing the HTML gets), offline: no network, no profile, no updates.
 */
public final class ChromiumPdf {
  /** A system property naming the Chromium to use, before {@code MPM_CHROMIUM} (tests set it). */
  public static final String PROPERTY = "mpm.chromium";

  /** Where to look, in order: {@link #PROPERTY}, {@code MPM_CHROMIUM}, then these names on the {@code PATH}. */
  static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private ChromiumPdf() {}

  /** The Chromium executable, if one is installed. */
  public static Optional<Path> find() {
    String env = System.getProperty(PROPERTY, System.getenv("MPM_CHROMIUM"));
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The flags every offline headless run takes; {@code profile} is a fresh, throw-away user data folder. */
  public static List<String> baseCommand(Path chromium, Path profile) {
    return new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
        "--user-data-dir=" + profile));
  }

  /** Prints {@code html} to {@code pdf}; an IOException says why it could not. */
  public static void print(Path chromium, Path html, Path pdf) throws IOException {
    Path profile = Files.createTempDirectory("mpm-chromium-");
    Path log = Files.createTempFile("mpm-chromium-", ".log");
    try {
      Path target = pdf.toAbsolutePath();
      Path parent = target.getParent();
      if (parent != null) Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".report-", ".pdf.tmp");
      List<String> cmd = baseCommand(chromium, profile);
      cmd.addAll(List.of("--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
          "--print-to-pdf=" + tmp, html.toAbsolutePath().toUri().toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IOException("Chromium did not finish printing within 120 s");
        }
        if (p.exitValue() != 0 || Files.size(tmp) == 0) {
          throw new IOException("Chromium exited with status " + p.exitValue() + " without a PDF");
        }
        RegionalReport.readableByAll(tmp);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while Chromium was printing", e);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } finally {
      Files.deleteIfExists(log);
      deleteTree(profile);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var s = Files.walk(dir)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }
}
