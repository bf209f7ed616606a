package org.mekong.mpm.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** Checks one submission folder against extract format 1.0 and streams its accepted rows to a sink. */
public final class SubmissionValidator {
  public static final double DEFAULT_MAX_REJECTED_SHARE = 0.05;

  private final ExtractSchema schema;
  private final double maxRejectedShare;
  private final LocalDate runDate;
  private final Set<String> participating;

  /** A validator for the six COMMIT countries. */
  public SubmissionValidator(ExtractSchema schema, double maxRejectedShare, LocalDate runDate) {
    this(schema, maxRejectedShare, runDate, Set.copyOf(ParticipatingCountries.COMMIT));
  }

  /** A validator taking submissions from the {@code participating} reporting countries only. */
  public SubmissionValidator(ExtractSchema schema, double maxRejectedShare, LocalDate runDate,
      Set<String> participating) {
    if (!(maxRejectedShare >= 0 && maxRejectedShare <= 1)) {
      throw new IllegalArgumentException("the rejected-row share must lie between 0 and 1");
    }
    this.schema = schema;
    this.maxRejectedShare = maxRejectedShare;
    this.runDate = runDate;
    this.participating = Set.copyOf(participating);
  }

  /**
   * Validates {@code submissionDir}; the sink receives rows only when the submission is accepted,
   * all case rows before any event row.
   *
   * @throws UncheckedIOException when the folder cannot be read at all
   */
  public ValidationResult validate(Path submissionDir, CleanRowSink sink) {
    if (!Files.isDirectory(submissionDir)) {
      throw new IllegalArgumentException("not a submission folder: " + submissionDir);
    }
    try {
      return new ValidationRun(schema, submissionDir, runDate, participating, maxRejectedShare, sink).run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the submission folder " + submissionDir, e);
    }
  }
}
