package org.mekong.mpm.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The layout checks of one submission folder: its names against the manifest, and its entries. */
final class SubmissionFolder {
  static final List<String> DATA_FILES = List.of(ExtractSchema.CASES, ExtractSchema.EVENTS);

  private SubmissionFolder() {}

  /** The reporting country the folder layout names: the parent folder's name. */
  static String countryName(Path dir) {
    Path parent = dir.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }

  /** The extract date the folder layout names: the folder's own name. */
  static String dateName(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "" : name.toString();
  }

  static void checkNames(Path dir, Manifest m, java.time.LocalDate runDate, Findings findings) {
    if (m == null) return;
    if (m.reportingCountry() != null && !m.reportingCountry().equals(countryName(dir))) {
      findings.add(ReasonCode.FOLDER_MISMATCH, "reporting_country differs from the country folder's name");
    }
    if (m.extractDate() != null && !m.extractDate().toString().equals(dateName(dir))) {
      findings.add(ReasonCode.FOLDER_MISMATCH, "extract_date differs from the date folder's name");
    }
    if (m.extractDate() != null && m.extractDate().isAfter(runDate)) {
      findings.add(ReasonCode.EXTRACT_DATE_FUTURE, "extract_date lies after the run date " + runDate);
    }
  }

  /** FILE_MISSING per absent data file; one UNEXPECTED_FILE for everything else present (names withheld). */
  static void checkEntries(Path dir, Findings findings) throws IOException {
    for (String f : DATA_FILES) {
      if (!Files.isRegularFile(dir.resolve(f))) findings.add(ReasonCode.FILE_MISSING, f + " is missing");
    }
    long unexpected;
    try (Stream<Path> entries = Files.list(dir)) {
      unexpected = entries.filter(p -> !expected(p)).count();
    }
    if (unexpected > 0) {
      // a stray export may carry personal data even in its name, so only the count is reported
      findings.add(ReasonCode.UNEXPECTED_FILE, unexpected
          + " entr" + (unexpected == 1 ? "y" : "ies") + " besides manifest.json, cases.csv and events.csv");
    }
  }

  private static boolean expected(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p)
        && (name.equals(ExtractSchema.MANIFEST) || name.equals(ExtractSchema.CASES) || name.equals(ExtractSchema.EVENTS));
  }
}
