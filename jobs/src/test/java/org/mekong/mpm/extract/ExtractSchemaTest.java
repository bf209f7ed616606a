package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractSchemaTest {
  final ExtractSchema schema = ExtractSchema.load();

  @Test
  void listsTheColumnsInSpecTableOrder() {
    assertThat(schema.caseColumns()).containsExactly("case_id", "person_token", "sex", "age_at_identification",
        "age_uncertain", "presumed_child", "nationality", "case_type", "country_of_exploitation",
        "exploitation_types", "bilateral_ref");
    assertThat(schema.eventColumns())
        .containsExactly("case_id", "event_type", "event_date", "detail", "counterpart_country", "flags");
  }

  @Test
  void holdsThe249CountryCodesWithoutTheNationalityExtras() {
    assertThat(schema.countries()).hasSize(249).contains("THA", "KHM", "SSD", "BES").doesNotContain("XXA", "XXX");
  }

  @Test
  void declaresTheEventTypesAndTheirRules() {
    assertThat(schema.eventTypeCodes()).hasSize(29).startsWith("SCREENED").endsWith("CASE_CLOSED");
    assertThat(schema.eventType("RETURN_DEPARTED").counterpartRequired()).isTrue();
    assertThat(schema.eventType("RETURN_DEPARTED").flags()).containsExactly("ESCORTED", "MEDIA_PRESENT");
    assertThat(schema.eventType("SERVICE").flags()).containsExactly("DECLINED");
    assertThat(schema.eventType("CASE_CLOSED").detailCodes()).contains("DECEASED");
  }

  @Test
  void supportsEveryMinorVersionOfOne() {
    assertThat(schema.supportsVersion("1.0")).isTrue();
    assertThat(schema.supportsVersion("1.12")).isTrue();
    assertThat(schema.supportsVersion("2.0")).isFalse();
    assertThat(schema.supportsVersion("1")).isFalse();
  }

  @Test
  void keepsTheReasonCodesInTableOrderWithTheirLevels() {
    assertThat(ReasonCode.values()).hasSize(34);
    assertThat(ReasonCode.COUNTRY_NOT_PARTICIPATING.ordinal()).isEqualTo(ReasonCode.FOLDER_MISMATCH.ordinal() + 1);
    assertThat(ReasonCode.TOO_MANY_REJECTED_ROWS.level()).isEqualTo(ReasonCode.Level.SUBMISSION_REJECTED);
    assertThat(ReasonCode.MALFORMED_ROW.level()).isEqualTo(ReasonCode.Level.ROW_REJECTED);
    assertThat(ReasonCode.TOKEN_SEX_CONFLICT.level()).isEqualTo(ReasonCode.Level.WARNING);
  }
}
