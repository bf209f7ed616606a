package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekong.mpm.cli.Mpm;

class SubmissionValidatorTest {
  static final ExtractSchema SCHEMA = ExtractSchema.load();
  static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 28);

  static Path corpus() {
    try {
      return Path.of(SubmissionValidatorTest.class.getResource("/SubmissionValidatorTest").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one submission folder of a corpus case. */
  static Path submission(String name) {
    try (Stream<Path> countries = Files.list(corpus().resolve(name))) {
      Path country = countries.findFirst().orElseThrow();
      try (Stream<Path> dates = Files.list(country)) {
        return dates.findFirst().orElseThrow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ValidationResult validate(String name) {
    return new SubmissionValidator(SCHEMA, 0.05, RUN_DATE).validate(submission(name), CleanRowSink.NONE);
  }

  static int exitStatus(String name) {
    return Mpm.execute("validate", submission(name).toString());
  }

  @ParameterizedTest(name = "{0} is rejected with {1}")
  @CsvSource({
    "manifest-missing, MANIFEST_MISSING",
    "manifest-bad-json, MANIFEST_INVALID",
    "manifest-wrong-format, MANIFEST_INVALID",
    "manifest-missing-field, MANIFEST_INVALID",
    "format-unsupported, FORMAT_UNSUPPORTED",
    "folder-mismatch, FOLDER_MISMATCH",
    "extract-date-future, EXTRACT_DATE_FUTURE",
    "file-missing, FILE_MISSING",
    "unexpected-file, UNEXPECTED_FILE",
    "checksum-mismatch, CHECKSUM_MISMATCH",
    "row-count-mismatch, ROW_COUNT_MISMATCH",
    "encoding-invalid, ENCODING_INVALID",
    "unknown-column, UNKNOWN_COLUMN",
    "missing-column, MISSING_COLUMN",
    "duplicate-column, DUPLICATE_COLUMN",
    "token-without-key, TOKEN_WITHOUT_KEY",
    "too-many-rejected, TOO_MANY_REJECTED_ROWS",
    // hostile input, amendment 1.0.1 (more in HostileInputTest)
    "country-not-participating, COUNTRY_NOT_PARTICIPATING",
    "linkage-key-invalid, MANIFEST_INVALID",
    "linkage-key-too-long, MANIFEST_INVALID",
    "format-version-control-chars, FORMAT_UNSUPPORTED",
    "header-row-missing, UNKNOWN_COLUMN",
    "unknown-column-unprintable, UNKNOWN_COLUMN",
  })
  void rejectsTheSubmissionWithTheFirstApplicableCode(String name, ReasonCode expected) {
    ValidationResult r = validate(name);

    assertThat(r.status()).isEqualTo(ValidationResult.Status.REJECTED);
    assertThat(r.rejection()).isEqualTo(expected);
    assertThat(r.findings().get(0).code()).isEqualTo(expected);
    assertThat(r.quarantine()).isEmpty();
    assertThat(exitStatus(name)).isEqualTo(Mpm.REJECTED);
  }

  @Test
  void neverCallsTheSinkForARejectedSubmission() {
    List<String> seen = new ArrayList<>();
    CleanRowSink sink = new CleanRowSink() {
      @Override
      public void caseRow(long line, String[] values) {
        seen.add("case");
      }

      @Override
      public void eventRow(long line, long caseLine, String[] values) {
        seen.add("event");
      }
    };
    for (String name : List.of("unknown-column", "checksum-mismatch", "too-many-rejected", "encoding-invalid")) {
      new SubmissionValidator(SCHEMA, 0.05, RUN_DATE).validate(submission(name), sink);
    }
    assertThat(seen).isEmpty();
  }

  @Test
  void findsNoRowsWhenTheHeaderNamesAnUnknownColumn() {
    ValidationResult r = validate("unknown-column");

    assertThat(r.findings()).extracting(ValidationResult.Finding::message).anyMatch(m -> m.contains("name"));
    assertThat(r.file(ExtractSchema.CASES).rowsChecked()).isZero();
  }

  @Test
  void listsTheSupportedVersionsWhenTheVersionIsUnknown() {
    assertThat(validate("format-unsupported").findings().get(0).message()).contains("1.0");
  }

  @Test
  void reportsTheLineOfTheFirstUndecodableByte() {
    assertThat(validate("encoding-invalid").findings().get(0).message()).contains("line 5");
  }

  @Test
  void reportsTheChecksumOfEveryPresentFileEvenWhenRejectedEarly() {
    ValidationResult r = validate("unknown-column");

    assertThat(r.file(ExtractSchema.CASES).sha256()).hasSize(64);
    assertThat(r.file(ExtractSchema.EVENTS).sha256()).hasSize(64);
  }

  @Test
  void countsTheRejectedShareOfBothFilesWithAStrictThreshold() {
    ValidationResult r = validate("exactly-five-percent");

    assertThat(r.accepted()).isTrue();
    assertThat(r.file(ExtractSchema.EVENTS).rowsRejected()).isEqualTo(6);
    assertThat(exitStatus("exactly-five-percent")).isEqualTo(Mpm.OK);
  }

  @Test
  void acceptsAnyMinorVersionOfFormatOne() {
    assertThat(validate("format-minor-version").accepted()).isTrue();
  }

  @ParameterizedTest(name = "{0}: {2} in {1} at lines {3}")
  @CsvSource(delimiter = '|', value = {
    "malformed-lines | events.csv | MALFORMED_ROW | 3 6 9 14",
    "missing-value | cases.csv | MISSING_VALUE | 4",
    "bad-value-age | cases.csv | BAD_VALUE | 4",
    "bad-value-token | cases.csv | BAD_VALUE | 5",
    "bad-value-case-id | cases.csv | BAD_VALUE | 6",
    "bad-enum | cases.csv | BAD_ENUM | 4",
    "bad-enum-detail | events.csv | BAD_ENUM | 7",
    "bad-enum-empty-element | cases.csv | BAD_ENUM | 4",
    "bad-country | cases.csv | BAD_COUNTRY | 4",
    "bad-country-stateless-counterpart | events.csv | BAD_COUNTRY | 5",
    "bad-date | events.csv | BAD_DATE | 5",
    "date-out-of-range | events.csv | DATE_OUT_OF_RANGE | 5",
    "date-after-extract | events.csv | DATE_OUT_OF_RANGE | 5",
    "duplicate-case-id | cases.csv | DUPLICATE_CASE_ID | 6 32",
    "orphan-event | events.csv | ORPHAN_EVENT | 92",
    "detail-missing | events.csv | DETAIL_MISSING | 7",
    "detail-forbidden | events.csv | DETAIL_FORBIDDEN | 5",
    "counterpart-missing | events.csv | COUNTERPART_MISSING | 5",
    "counterpart-forbidden | events.csv | COUNTERPART_FORBIDDEN | 5",
    "counterpart-own-country | events.csv | COUNTERPART_FORBIDDEN | 5",
    "two-defects-case | cases.csv | BAD_ENUM | 4",
    "two-defects-event | events.csv | BAD_DATE | 5",
    "two-defects-missing | events.csv | MISSING_VALUE | 5",
    "field-too-long | cases.csv | BAD_VALUE | 4",
  })
  void quarantinesTheRowWithItsReasonAndLine(String name, String file, ReasonCode code, String lines) {
    ValidationResult r = validate(name);
    List<Long> expected = Stream.of(lines.split(" ")).map(Long::valueOf).toList();

    assertThat(r.status()).isEqualTo(ValidationResult.Status.ACCEPTED);
    ValidationResult.Issue issue = r.issue(file, code);
    assertThat(issue).isNotNull();
    assertThat(issue.exampleLines()).isEqualTo(expected);
    assertThat(r.quarantine()).filteredOn(q -> q.file().equals(file) && q.reason() == code)
        .extracting(QuarantinedRow::line).containsExactlyElementsOf(expected);
    long rowRejections = r.issues().stream().filter(i -> i.code().level() == ReasonCode.Level.ROW_REJECTED)
        .mapToLong(ValidationResult.Issue::count).sum();
    assertThat(r.quarantine()).hasSize((int) rowRejections);
    assertThat(exitStatus(name)).isEqualTo(Mpm.OK);
  }

  @Test
  void quarantinesEveryCopyOfADuplicateCaseIdAndTheirEventsAsOrphans() {
    ValidationResult r = validate("duplicate-case-id");

    assertThat(r.issue(ExtractSchema.CASES, ReasonCode.DUPLICATE_CASE_ID).count()).isEqualTo(2);
    assertThat(r.issue(ExtractSchema.EVENTS, ReasonCode.ORPHAN_EVENT).exampleLines()).containsExactly(14L, 15L, 16L);
    assertThat(r.file(ExtractSchema.CASES).rowsRejected()).isEqualTo(2);
    assertThat(r.acceptedCases()).isEqualTo(29);
    assertThat(r.quarantine()).filteredOn(q -> q.reason() == ReasonCode.DUPLICATE_CASE_ID)
        .allMatch(q -> "C005".equals(q.fields().get("case_id")));
  }

  @Test
  void keepsOnlyFieldsThatPassedTheirChecksInTheQuarantine() {
    QuarantinedRow badEnum = validate("two-defects-case").quarantine().get(0);
    assertThat(badEnum.fields()).containsKey("case_id").doesNotContainKeys("sex", "nationality");

    QuarantinedRow forbidden = validate("detail-forbidden").quarantine().get(0);
    assertThat(forbidden.fields()).containsKeys("case_id", "event_type", "event_date").doesNotContainKey("detail");

    QuarantinedRow malformed = validate("malformed-lines").quarantine().get(0);
    assertThat(malformed.fields()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: warning {2} in {1} at lines {3}")
  @CsvSource(delimiter = '|', value = {
    "event-order | events.csv | EVENT_ORDER | 5 8",
    "event-after-death | events.csv | EVENT_AFTER_DEATH | 7",
    "flag-not-applicable | events.csv | FLAG_NOT_APPLICABLE | 5",
    "case-without-events | cases.csv | CASE_WITHOUT_EVENTS | 5",
    "token-sex-conflict | cases.csv | TOKEN_SEX_CONFLICT | 4 7",
  })
  void keepsTheRowAndWarns(String name, String file, ReasonCode code, String lines) {
    ValidationResult r = validate(name);

    assertThat(r.accepted()).isTrue();
    assertThat(r.quarantine()).isEmpty();
    assertThat(r.issue(file, code).exampleLines())
        .isEqualTo(Stream.of(lines.split(" ")).map(Long::valueOf).toList());
    assertThat(exitStatus(name)).isEqualTo(Mpm.OK);
  }

  @ParameterizedTest(name = "{0} is a valid oddity")
  @ValueSource(strings = {
    "valid", "utf8-bom", "crlf", "column-order", "no-trailing-newline", "empty-line-at-end",
    "optional-columns-left-out", "quoted-fields", "repeated-codes", "stateless-nationality"
  })
  void acceptsValidOddities(String name) {
    ValidationResult r = validate(name);

    assertThat(r.findings()).isEmpty();
    assertThat(r.issues()).isEmpty();
    assertThat(r.acceptedCases()).isEqualTo(30);
    assertThat(r.acceptedEvents()).isEqualTo(90);
    assertThat(exitStatus(name)).isEqualTo(Mpm.OK);
  }

  @Test
  void acceptsHeaderOnlyFiles() {
    ValidationResult r = validate("header-only");

    assertThat(r.accepted()).isTrue();
    assertThat(r.acceptedCases()).isZero();
    assertThat(exitStatus("header-only")).isEqualTo(Mpm.OK);
  }

  @Test
  void sendsAllCaseRowsBeforeEventRowsInCanonicalOrder() {
    List<String[]> cases = new ArrayList<>();
    List<String> order = new ArrayList<>();
    CleanRowSink sink = new CleanRowSink() {
      @Override
      public void caseRow(long line, String[] values) {
        order.add("case");
        cases.add(values);
      }

      @Override
      public void eventRow(long line, long caseLine, String[] values) {
        order.add("event");
      }
    };
    new SubmissionValidator(SCHEMA, 0.05, RUN_DATE).validate(submission("column-order"), sink);

    assertThat(order).hasSize(120);
    assertThat(order.subList(0, 30)).containsOnly("case");
    assertThat(order.subList(30, 120)).containsOnly("event");
    assertThat(cases.get(0)).containsExactly("C001", cases.get(0)[1], "M", "11", "N", null, "THA",
        "IDENTIFIED_HERE", "THA", "FORCED_LABOUR", null);
  }

  @Test
  void givesEachEventItsCasesLineInCasesCsv() {
    java.util.Map<String, Long> caseLines = new java.util.HashMap<>();
    java.util.Map<String, java.util.Set<Long>> eventCaseLines = new java.util.HashMap<>();
    CleanRowSink sink = new CleanRowSink() {
      @Override
      public void caseRow(long line, String[] values) {
        caseLines.put(values[0], line);
      }

      @Override
      public void eventRow(long line, long caseLine, String[] values) {
        eventCaseLines.computeIfAbsent(values[0], k -> new java.util.TreeSet<>()).add(caseLine);
      }
    };
    // column-order has its columns shuffled, so the case id is found by name, not by position
    new SubmissionValidator(SCHEMA, 0.05, RUN_DATE).validate(submission("column-order"), sink);

    assertThat(eventCaseLines).isNotEmpty();
    eventCaseLines.forEach((caseId, lines) ->
        assertThat(lines).as(caseId).containsExactly(caseLines.get(caseId)));
    // lines 2.. of cases.csv, one per case: not all the same number
    assertThat(eventCaseLines.values().stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void normalisesRepeatedCodesAndDropsInapplicableFlags() {
    List<String[]> rows = new ArrayList<>();
    CleanRowSink sink = new CleanRowSink() {
      @Override
      public void caseRow(long line, String[] values) {
        if (line == 4) rows.add(values);
      }

      @Override
      public void eventRow(long line, long caseLine, String[] values) {
        if (line == 5) rows.add(values);
      }
    };
    new SubmissionValidator(SCHEMA, 0.05, RUN_DATE).validate(submission("repeated-codes"), sink);
    new SubmissionValidator(SCHEMA, 0.05, RUN_DATE).validate(submission("flag-not-applicable"), sink);

    assertThat(rows.get(0)[9]).isEqualTo("SEXUAL;BEGGING");
    assertThat(rows.get(2)[5]).isNull(); // SCREENED names no flag: ESCORTED and CONSENT both dropped
  }

  @Test
  void warnsForOptionalColumnsLeftOutOnlyThroughTheRulesThatNeedThem() {
    ValidationResult r = validate("optional-columns-left-out");

    assertThat(r.accepted()).isTrue();
    assertThat(r.quarantine()).isEmpty();
  }

  /**
   * Every corpus case gives the same result and the same clean rows when all case ids share one
   * fingerprint: the table then settles everything on the exact ids.
   */
  @Test
  void givesTheSameResultsWhenEveryCaseIdFingerprintCollides() throws IOException {
    List<String> names;
    try (Stream<Path> s = Files.list(corpus())) {
      names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSizeGreaterThan(30);
    for (String name : names) {
      List<String> strongRows = new ArrayList<>();
      List<String> weakRows = new ArrayList<>();
      ValidationResult strong = new ValidationRun(SCHEMA, submission(name), RUN_DATE, Set.copyOf(ParticipatingCountries.COMMIT), 0.05, recorder(strongRows),
          CaseTable.FINGERPRINT).run();
      ValidationResult weak = new ValidationRun(SCHEMA, submission(name), RUN_DATE, Set.copyOf(ParticipatingCountries.COMMIT), 0.05, recorder(weakRows),
          id -> 42L).run();
      assertThat(weak).as(name).isEqualTo(strong);
      assertThat(weakRows).as(name).isEqualTo(strongRows);
    }
  }

  private static CleanRowSink recorder(List<String> into) {
    return new CleanRowSink() {
      @Override
      public void caseRow(long line, String[] values) {
        into.add("case " + line + " " + String.join("|", java.util.Arrays.asList(values)));
      }

      @Override
      public void eventRow(long line, long caseLine, String[] values) {
        into.add("event " + line + " " + String.join("|", java.util.Arrays.asList(values)));
      }
    };
  }
}
