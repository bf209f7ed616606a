package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void showsStatusReasonCountsAndLinesButNoFieldValue() {
    ValidationResult r = SubmissionValidatorTest.validate("duplicate-case-id");

    String report = ValidationReport.render(r);

    assertThat(report).contains("ACCEPTED", "DUPLICATE_CASE_ID", "row_rejected", "6, 32", "ORPHAN_EVENT", "14, 15, 16");
    assertThat(report).doesNotContain("C005", "C001", r.quarantine().get(0).fields().getOrDefault("person_token", "#"));
  }

  @Test
  void showsTheRejectionAndItsMessage() {
    String report = ValidationReport.render(SubmissionValidatorTest.validate("unknown-column"));

    assertThat(report).contains("REJECTED - UNKNOWN_COLUMN", "cases.csv: 1 unknown column: name");
  }

  @Test
  void namesNoValueOfARowWithBadBytesOrBadCodes() {
    String report = ValidationReport.render(SubmissionValidatorTest.validate("bad-enum"));

    assertThat(report).contains("BAD_ENUM").doesNotContain("TOURIST");
  }
}
