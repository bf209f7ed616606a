package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mekong.mpm.cli.Mpm;

/** Extract format 1.0.1 (limits and hostile input): what each hostile submission gets, and what is printed. */
class HostileInputTest {
  @TempDir static Path built;

  @BeforeAll
  static void buildTheCasesThatCannotBeFiles() throws IOException {
    HostileSubmissions.buildAll(built);
  }

  static ValidationResult validate(Path dir) {
    return new SubmissionValidator(SubmissionValidatorTest.SCHEMA, 0.05, SubmissionValidatorTest.RUN_DATE)
        .validate(dir, CleanRowSink.NONE);
  }

  static Path dir(String name) {
    return built.resolve(name).resolve("THA").resolve("2026-10-05");
  }

  /** What `mpm validate` prints on stdout and stderr together, and its exit status. */
  record Printed(int status, String text) {}

  static Printed validateCommand(Path dir, String... options) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    int status;
    try {
      List<String> args = new ArrayList<>(List.of("validate"));
      args.addAll(List.of(options));
      args.add(dir.toString());
      status = Mpm.execute(args.toArray(String[]::new));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Printed(status, captured.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} is rejected with {1}")
  @CsvSource({
    "record-over-1-mib, TOO_MANY_REJECTED_ROWS",
    "manifest-over-1-mib, MANIFEST_INVALID",
    "linked-manifest, FILE_MISSING",
    "linked-cases, FILE_MISSING",
    "linked-events, FILE_MISSING",
  })
  void rejectsTheSubmission(String name, ReasonCode expected) {
    ValidationResult r = validate(dir(name));

    assertThat(r.rejection()).isEqualTo(expected);
    assertThat(validateCommand(dir(name)).status()).isEqualTo(Mpm.REJECTED);
  }

  @Test
  void aRecordOverOneMebibyteIsAMalformedRowAtItsLine() {
    ValidationResult r = validate(dir("record-over-1-mib"));

    assertThat(r.issue(ExtractSchema.CASES, ReasonCode.MALFORMED_ROW).exampleLines()).containsExactly(2L);
    assertThat(r.file(ExtractSchema.CASES).rowsChecked()).isEqualTo(1);
    assertThat(r.findings()).extracting(ValidationResult.Finding::code)
        .containsExactly(ReasonCode.TOO_MANY_REJECTED_ROWS); // the checksum and row count match: it is read whole
    assertThat(validateCommand(dir("record-over-1-mib")).text()).contains("MALFORMED_ROW");
  }

  @Test
  void aLinkedDataFileIsNeitherReadNorHashed() {
    ValidationResult r = validate(dir("linked-cases"));

    assertThat(r.findings()).extracting(ValidationResult.Finding::message)
        .anyMatch(m -> m.contains("cases.csv is a symbolic link"))
        .noneMatch(m -> m.contains(HostileSubmissions.SECRET_COLUMN));
    assertThat(r.file(ExtractSchema.CASES).sha256()).isNull();
    assertThat(r.file(ExtractSchema.EVENTS).sha256()).hasSize(64);
  }

  @Test
  void aRejectedKeyIdIsNeitherKeptNorPrinted() {
    ValidationResult r = SubmissionValidatorTest.validate("linkage-key-invalid");

    assertThat(r.linkageKeyId()).isNull();
    assertThat(r.findings().get(0).message()).contains("linkage_key_id").doesNotContain("Nguyen", "912");
    assertThat(SubmissionValidatorTest.validate("valid").linkageKeyId()).isEqualTo("regional-2026a");
  }

  @Test
  void anUnsupportedFormatVersionIsWithheld() {
    ValidationResult r = SubmissionValidatorTest.validate("format-version-control-chars");
    Printed printed = validateCommand(SubmissionValidatorTest.submission("format-version-control-chars"));

    assertThat(r.formatVersion()).isNull();
    assertThat(printed.text()).contains("FORMAT_UNSUPPORTED", "(format ?)").doesNotContain("\u001b", "owned");
  }

  @Test
  void aFileWithoutAHeaderRowNeverHasItsFirstDataRowPrinted() {
    Printed printed = validateCommand(SubmissionValidatorTest.submission("header-row-missing"));

    assertThat(printed.status()).isEqualTo(Mpm.REJECTED);
    assertThat(printed.text()).contains("UNKNOWN_COLUMN", "11 unknown columns, names withheld", "header row missing")
        .doesNotContain("c001");
  }

  @Test
  void unknownColumnNamesOutsideTheIdentifierShapeAreCountedNotPrinted() {
    Printed printed = validateCommand(SubmissionValidatorTest.submission("unknown-column-unprintable"));

    assertThat(printed.text()).contains("cases.csv: 3 unknown columns: name; 2 names withheld")
        .doesNotContain("Nguy", "+849");
  }

  @Test
  void theParticipatingCountriesAreConfigurable() {
    Path tha = SubmissionValidatorTest.submission("valid");

    assertThat(validateCommand(tha).status()).isEqualTo(Mpm.OK);
    Printed narrow = validateCommand(tha, "--countries", "KHM,LAO");
    assertThat(narrow.status()).isEqualTo(Mpm.REJECTED);
    assertThat(narrow.text()).contains("COUNTRY_NOT_PARTICIPATING", "2 participating countries (KHM LAO)");
    assertThat(validateCommand(tha, "--countries", "THA,IDN").status()).isEqualTo(Mpm.OK);
    assertThat(validateCommand(tha, "--countries", "THA,ZZZ").status()).isEqualTo(Mpm.USAGE);
    assertThat(new SubmissionValidator(SubmissionValidatorTest.SCHEMA, 0.05, SubmissionValidatorTest.RUN_DATE,
        Set.of("XXX")).validate(SubmissionValidatorTest.submission("country-not-participating"), CleanRowSink.NONE)
        .accepted()).isTrue();
  }

  /** Every input of the bad-input corpus, in the repository and built here. */
  static List<Path> corpus() {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> cases = Files.list(SubmissionValidatorTest.corpus())) {
      for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
        all.add(SubmissionValidatorTest.submission(c.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HostileSubmissions.CASES.forEach(c -> all.add(dir(c.get(0))));
    return all;
  }

  @Test
  void noInputOfTheCorpusPrintsAStackTraceOrAControlCharacter() {
    List<Path> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThan(60);
    for (Path dir : corpus) {
      Printed printed = validateCommand(dir);

      assertThat(printed.status()).as(dir.toString()).isIn(Mpm.OK, Mpm.REJECTED);
      assertThat(printed.text()).as(dir.toString()).doesNotContain("Exception", "\tat ", "Error:")
          .doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
    }
  }
}
