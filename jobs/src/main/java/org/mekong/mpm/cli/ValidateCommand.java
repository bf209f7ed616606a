package org.mekong.mpm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mekong.mpm.extract.CleanRowSink;
import org.mekong.mpm.extract.ExtractSchema;
import org.mekong.mpm.extract.ParticipatingCountries;
import org.mekong.mpm.extract.SubmissionValidator;
import org.mekong.mpm.extract.ValidationReport;
import org.mekong.mpm.extract.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code mpm validate}: checks one submission folder without touching a warehouse. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check one submission folder (<ISO3>/<YYYY-MM-DD>/) against the extract format and print a report.%n"
        + "Exit 0 accepted (possibly with quarantined rows or warnings), 1 rejected, 2 usage error.")
public final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUBMISSION_DIR", description = "the submission folder")
  Path submissionDir;

  @Option(names = "--max-rejected-share", paramLabel = "SHARE", defaultValue = "0.05",
      description = "reject the submission when more than this share of rows is rejected (default: ${DEFAULT-VALUE})")
  double maxRejectedShare;

  @Option(names = "--countries", paramLabel = "ISO3,...", split = ",", defaultValue = "KHM,CHN,LAO,MMR,THA,VNM",
      description = "The participating reporting countries; a submission from any other is rejected"
          + " (COUNTRY_NOT_PARTICIPATING). Default: ${DEFAULT-VALUE}, the COMMIT countries.")
  List<String> countries;

  @Override
  public Integer call() {
    if (!Files.isDirectory(submissionDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Not a folder: " + submissionDir + ". Give a submission folder such as input/THA/2026-10-05.");
    }
    if (!(maxRejectedShare >= 0 && maxRejectedShare <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-rejected-share must lie between 0 and 1.");
    }
    ExtractSchema schema = ExtractSchema.load();
    Set<String> participating;
    try {
      participating = ParticipatingCountries.of(countries, schema);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--countries: " + e.getMessage() + ".");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ValidationResult result = new SubmissionValidator(schema, maxRejectedShare, today, participating)
        .validate(submissionDir, CleanRowSink.NONE);
    PrintWriter out = spec.commandLine().getOut();
    out.print(ValidationReport.render(result));
    out.flush();
    return result.accepted() ? Mpm.OK : Mpm.REJECTED;
  }
}
