package org.mekong.mpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardsCommandTest {
  @TempDir Path tmp;
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    picocli.CommandLine cl = Mpm.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  @Test
  void writesTheBundleAndExitsZero() {
    Path out = tmp.resolve("sub/bundle.zip");
    assertThat(run("dashboards", "--warehouse-path", "/data/mpm", "--out", out.toString())).isEqualTo(Mpm.OK);
    assertThat(out).isRegularFile();
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(run("dashboards", "--out", tmp.resolve("b.zip").toString())).isEqualTo(Mpm.USAGE);
  }

  @Test
  void aPathWithAQuoteIsAUsageErrorThatSaysWhy() {
    assertThat(run("dashboards", "--warehouse-path", "/data/o'brien", "--out", tmp.resolve("b.zip").toString()))
        .isEqualTo(Mpm.USAGE);
    assertThat(err.toString()).contains("quotes");
    assertThat(tmp.resolve("b.zip")).doesNotExist();
  }

  @Test
  void aRelativePathIsAUsageError() {
    assertThat(run("dashboards", "--warehouse-path", "warehouse", "--out", tmp.resolve("b.zip").toString()))
        .isEqualTo(Mpm.USAGE);
    assertThat(err.toString()).contains("not absolute");
  }
}
