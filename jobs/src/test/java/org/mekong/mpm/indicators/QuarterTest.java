package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void parsesAndPrintsTheMartsForm() {
    assertThat(Quarter.parse("2026Q1")).isEqualTo(new Quarter(2026, 1));
    assertThat(new Quarter(2026, 4).toString()).isEqualTo("2026Q4");
    assertThatThrownBy(() -> Quarter.parse("2026Q5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quarter.parse("2026-Q1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsItsFirstAndLastDay() {
    assertThat(Quarter.parse("2024Q1").end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Quarter.parse("2024Q2").start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(Quarter.parse("2024Q4").end()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void placesDatesAndSteps() {
    assertThat(Quarter.of(LocalDate.of(2025, 9, 30))).isEqualTo(Quarter.parse("2025Q3"));
    assertThat(Quarter.of(LocalDate.of(2025, 10, 1))).isEqualTo(Quarter.parse("2025Q4"));
    assertThat(Quarter.parse("2025Q4").next()).isEqualTo(Quarter.parse("2026Q1"));
    assertThat(Quarter.parse("2025Q4")).isGreaterThan(Quarter.parse("2025Q3"));
  }
}
