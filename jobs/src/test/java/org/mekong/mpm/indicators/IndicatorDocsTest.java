package org.mekong.mpm.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.Repo;

class IndicatorDocsTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.load();

  @Test
  void docsIndicatorsMdIsTheRenderedCatalogue() throws Exception {
    Path page = Repo.path("docs/indicators.md");
    String rendered = IndicatorDocs.render(catalogue);
    if (Boolean.getBoolean("mpm.regenerate")) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(page)).as("docs/indicators.md is missing; create it with: " + IndicatorDocs.REGENERATE)
        .isTrue();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .as("docs/indicators.md is out of date with schemas/indicators.json; regenerate it with: "
            + IndicatorDocs.REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void hasOneEntryPerIndicatorThenTheHandWrittenChoices() {
    String md = IndicatorDocs.render(catalogue);
    for (Indicator i : catalogue.all()) {
      assertThat(md).contains("## " + i.id() + " — " + i.name() + "\n");
    }
    assertThat(md).containsOnlyOnce("## Choices where the spec is silent");
    assertThat(md.indexOf("## Choices where the spec is silent")).isGreaterThan(md.indexOf("## VOL-03"));
  }

  @Test
  void anEntryShowsTheFrameworksFieldsAndHowToReadThem() {
    String md = IndicatorDocs.render(catalogue);
    String rei02 = md.substring(md.indexOf("## REI-02"), md.indexOf("## REI-03"));
    assertThat(rei02)
        .contains("| Section | V |")
        .contains("| Guideline reference | V.9 |")
        .contains("| Population | returnees not deceased by `reception + 90` |")
        .contains("| Reference date | `reception + 90` |")
        .contains("| Numerator | a `FOLLOW_UP_VISIT` in `(reception, reception + 90]` |")
        .contains("| Unit | percent |")
        .contains("| Direction | higher is better |")
        .contains("| Default target | 90 % |")
        .contains("met when the value is at least 90 %");
    String vol01 = md.substring(md.indexOf("## VOL-01"), md.indexOf("## VOL-02"));
    assertThat(vol01).contains("| Direction | — |").contains("| Default target | — |").contains("a volume");
    String idn01 = md.substring(md.indexOf("## IDN-01"), md.indexOf("## IDN-02"));
    assertThat(idn01).contains("| Default target | 14 days |").contains("median is at most 14 days");
  }
}
