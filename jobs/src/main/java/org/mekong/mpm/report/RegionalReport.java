package org.mekong.mpm.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import org.mekong.mpm.warehouse.Modes;

/** Renders the regional report of a warehouse's published tier into one self-contained HTML file. */
public final class RegionalReport {
  private static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

  private RegionalReport() {}

  /**
   * Reads {@code <warehouse>/marts/current} and writes the report to {@code out}.
   *
   * @throws PublicTier.MissingMart when the warehouse has no published tier
   */
  public static void write(Path warehouse, Path out, LocalDate generated) throws IOException {
    String html = render(warehouse, generated);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    // written beside and renamed, so a reader never opens half a report
    Path tmp = Files.createTempFile(parent, ".report-", ".html.tmp");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      readableByAll(tmp);
      Files.move(tmp, out.toAbsolutePath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A temporary file is created owner-only; the report is public material, readable like any document. */
  static void readableByAll(Path file) throws IOException {
    try {
      Modes.readableByAll(file);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its defaults apply
    }
  }

  static String render(Path warehouse, LocalDate generated) {
    ReportContent content = ReportContent.of(PublicTier.read(warehouse));
    String version = echartsVersion();
    return ReportPage.render(content, generated, resource("/report/report.css"),
        resource("/META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js"), version,
        resource("/report/report.js"));
  }

  /** The ECharts webjar's version, from its Maven metadata (the jar carries one version). */
  static String echartsVersion() {
    try (InputStream in = RegionalReport.class.getResourceAsStream(ECHARTS_POM)) {
      if (in == null) throw new IllegalStateException("the ECharts webjar is not on the classpath");
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = RegionalReport.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
