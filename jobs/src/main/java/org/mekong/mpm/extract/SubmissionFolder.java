package org.mekong.mpm.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

  /** The country folder's name when it has the shape of a country code, else null (withheld). */
  static String plausibleCountryName(Path dir) {
    String name = countryName(dir);
    return name.matches("[A-Z]{3}") ? name : null;
  }

  /** The extract date the folder layout names: the folder's own name. */
  static String dateName(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "" : name.toString();
  }

  static void checkNames(Path dir, Manifest m, LocalDate runDate, Set<String> participating, Findings findings) {
    if (m == null) return;
    if (m.reportingCountry() != null && !m.reportingCountry().equals(countryName(dir))) {
      findings.add(ReasonCode.FOLDER_MISMATCH, "reporting_country differs from the country folder's name");
    }
    // the folder's name counts too: a mismatch already rejects, but the reason must not hide a stranger
    boolean stranger = (m.reportingCountry() != null && !participating.contains(m.reportingCountry()))
        || !participating.contains(countryName(dir));
    if (stranger) {
      findings.add(ReasonCode.COUNTRY_NOT_PARTICIPATING, "the reporting country is not one of the "
          + participating.size() + " participating countries (" + String.join(" ", new TreeSet<>(participating)) + ")");
    }
    if (m.extractDate() != null && !m.extractDate().toString().equals(dateName(dir))) {
      findings.add(ReasonCode.FOLDER_MISMATCH, "extract_date differs from the date folder's name");
    }
    if (m.extractDate() != null && m.extractDate().isAfter(runDate)) {
      findings.add(ReasonCode.EXTRACT_DATE_FUTURE, "extract_date lies after the run date " + runDate);
    }
  }

  /**
   * FILE_MISSING per absent data file, a symbolic link counting as absent (never followed); one
   * UNEXPECTED_FILE for everything else present (names withheld).
   */
  static void checkEntries(Path dir, Findings findings) throws IOException {
    for (String f : DATA_FILES) {
      Path p = dir.resolve(f);
      if (Files.isSymbolicLink(p)) {
        findings.add(ReasonCode.FILE_MISSING, f + " is a symbolic link, which is not followed");
      } else if (!isDataFile(p)) {
        findings.add(ReasonCode.FILE_MISSING, f + " is missing");
      }
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

  /** A regular file itself, not a link to one: the only kind of entry the validator reads. */
  static boolean isDataFile(Path p) {
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean expected(Path p) {
    String name = p.getFileName().toString();
    return isDataFile(p)
        && (name.equals(ExtractSchema.MANIFEST) || name.equals(ExtractSchema.CASES) || name.equals(ExtractSchema.EVENTS));
  }
}
