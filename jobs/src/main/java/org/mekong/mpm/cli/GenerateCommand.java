package org.mekong.mpm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.mekong.mpm.generate.SampleGenerator;
import org.mekong.mpm.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mpm generate}: deterministic synthetic submissions for the six countries. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes realistic synthetic submissions (extract format 1.0) for KHM CHN LAO MMR THA VNM under --out,",
      "one folder <ISO3>/<extract date> each; the same options always give the same bytes."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "input root to write the submissions under")
  Path out;

  @Option(names = "--cases", defaultValue = "3000", paramLabel = "N", description = "cases in all countries together (default ${DEFAULT-VALUE})")
  long cases;

  @Option(names = "--seed", defaultValue = "2026", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--extract-date", defaultValue = "2026-10-05", paramLabel = "YYYY-MM-DD",
      description = "extract date of five countries; Lao PDR's is 21 days earlier (default ${DEFAULT-VALUE})")
  String extractDate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate date;
    try {
      date = LocalDate.parse(extractDate);
    } catch (DateTimeParseException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "--extract-date must be a date YYYY-MM-DD, such as 2026-10-05.");
    }
    if (cases < 0) throw new Problem(Problem.Kind.BAD_REQUEST, "--cases must be 0 or more.");
    if (date.isBefore(LocalDate.of(2024, 2, 1))) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "--extract-date must be 2024-02-01 or later: the synthetic cases start in 2024.");
    }
    PrintWriter o = spec.commandLine().getOut();
    try {
      for (var s : SampleGenerator.generate(out, cases, seed, date)) {
        o.printf("%s %s: %d cases, %d events -> %s%n", s.country(), s.extractDate(), s.cases(), s.events(), s.folder());
      }
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot write under " + out + ": " + e.getMessage()
          + "; check the path and free space, then rerun.", e);
    }
    o.flush();
    return Mpm.OK;
  }
}
