package org.mekong.mpm.report;

/** The report's sections, in order; each starts on a new printed page. */
enum Section {
  HEADLINE("headline", "Headline indicators at a glance"),
  FIGURES("figures", "Headline figures in numbers"),
  TRENDS("trends", "Trends by quarter"),
  CORRIDORS("corridors", "Cross-border returns"),
  RETRAFFICKING("retrafficking", "Re-trafficking after return"),
  COVERAGE("coverage", "Data quality and coverage"),
  DEFINITIONS("definitions", "Indicator definitions"),
  RELEASE("release", "Release and revisions");

  final String id;
  final String title;

  Section(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The heading as printed, e.g. {@code 3. Trends by quarter}. */
  String heading() {
    return (ordinal() + 1) + ". " + title;
  }
}
