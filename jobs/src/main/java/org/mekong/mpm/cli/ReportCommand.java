package org.mekong.mpm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mekong.mpm.problem.Problem;
import org.mekong.mpm.report.ChromiumPdf;
import org.mekong.mpm.report.MissingMart;
import org.mekong.mpm.report.RegionalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mpm report}: the regional report of the published tier, as one offline HTML file and optionally a PDF. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the regional report (public tier only, safe to e-mail) as one self-contained HTML file,"
        + " and a PDF through headless Chromium; see docs/report.md.")
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--warehouse", defaultValue = "warehouse", paramLabel = "DIR",
      description = "the warehouse whose published marts (DIR/marts/current) the report shows (default: ${DEFAULT-VALUE})")
  Path warehouse;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "the report to write")
  Path out;

  @Option(names = "--pdf", paramLabel = "FILE.pdf", description = "also print it to this PDF (needs Chromium)")
  Path pdf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(warehouse)) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "no warehouse at " + warehouse + "; give --warehouse DIR, where `mpm run` published.");
    }
    long start = System.nanoTime();
    try {
      RegionalReport.write(warehouse, out, LocalDate.now());
    } catch (MissingMart e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, e.getMessage() + "; run `mpm run` (and publish the release) first.");
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "could not write " + out + ": " + e.getMessage()
          + "; check that the folder is writable.", e);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    var stdout = spec.commandLine().getOut();
    stdout.printf("Wrote %s (%,d KB, %d ms): one self-contained file, public figures only.%n",
        out, sizeKb(out), ms);
    if (pdf == null) return Mpm.OK;
    Optional<Path> chromium = ChromiumPdf.find();
    if (chromium.isEmpty()) {
      throw new Problem(Problem.Kind.FAILED, "no PDF: Chromium is not installed (looked for MPM_CHROMIUM, then "
          + "chromium, chromium-browser, google-chrome on PATH); the HTML is written: print it from a browser,"
          + " or install Chromium (apt-get install chromium) and run again.");
    }
    long pdfStart = System.nanoTime();
    try {
      ChromiumPdf.print(chromium.get(), out, pdf);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "no PDF: " + e.getMessage() + "; the HTML " + out + " is written.", e);
    }
    stdout.printf("Wrote %s (%,d KB, %d ms) with %s.%n", pdf, sizeKb(pdf), (System.nanoTime() - pdfStart) / 1_000_000,
        chromium.get().getFileName());
    return Mpm.OK;
  }

  private static long sizeKb(Path p) {
    try {
      return (Files.size(p) + 1023) / 1024;
    } catch (IOException e) {
      return -1;
    }
  }
}
