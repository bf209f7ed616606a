package org.mekong.mpm.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What the validator found in one submission. */
public record ValidationResult(
    Path submissionDir,
    String country,
    LocalDate extractDate,
    String formatVersion,
    String linkageKeyId,
    Status status,
    ReasonCode rejection,
    List<Finding> findings,
    List<FileSummary> files,
    long acceptedCases,
    long acceptedEvents,
    List<Issue> issues,
    List<QuarantinedRow> quarantine) {

  public enum Status { ACCEPTED, REJECTED }

  /** A submission-level defect; the message names no field value. */
  public record Finding(ReasonCode code, String message) {}

  /** One file's counts; rowsChecked excludes the header, sha256 is null when the file is missing. */
  public record FileSummary(String file, long rowsChecked, long rowsRejected, String sha256) {}

  /** Rows of one file with one row-level reason or warning: how many, and the first five lines. */
  public record Issue(String file, ReasonCode code, long count, List<Long> exampleLines) {}

  public boolean accepted() {
    return status == Status.ACCEPTED;
  }

  /** The summary of {@code file}, or null when the validator never got to it. */
  public FileSummary file(String file) {
    for (FileSummary f : files) if (f.file().equals(file)) return f;
    return null;
  }

  /** The issue of {@code file} with {@code code}, or null. */
  public Issue issue(String file, ReasonCode code) {
    for (Issue i : issues) if (i.file().equals(file) && i.code() == code) return i;
    return null;
  }
}
