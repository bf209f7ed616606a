package org.mekong.mpm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.mekong.mpm.extract.CleanRowSink;
import org.mekong.mpm.extract.ExtractSchema;
import org.mekong.mpm.extract.SubmissionValidator;
import org.mekong.mpm.extract.ValidationReport;
import org.mekong.mpm.extract.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Override
  public Integer call() {
    if (!Files.isDirectory(submissionDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Not a folder: " + submissionDir + ". Give a submission folder such as input/THA/2026-10-05.");
    }
    if (!(maxRejectedShare >= 0 && maxRejectedShare <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-rejected-share must lie between 0 and 1.");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ValidationResult result = new SubmissionValidator(ExtractSchema.load(), maxRejectedShare, today)
        .validate(submissionDir, CleanRowSink.NONE);
    PrintWriter out = spec.commandLine().getOut();
    out.print(ValidationReport.render(result));
    out.flush();
    return result.accepted() ? Mpm.OK : Mpm.REJECTED;
  }
}
