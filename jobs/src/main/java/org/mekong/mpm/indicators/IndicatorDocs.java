package org.mekong.mpm.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Renders {@code docs/indicators.md} from the catalogue, so the reader's page cannot drift from the data. */
public final class IndicatorDocs {
  private IndicatorDocs() {}

  static final String CHOICES = "/schemas/indicators-docs-choices.md";
  static final String REGENERATE =
      "mvn -q -o test -Dtest=IndicatorDocsTest -Dmpm.regenerate=true";

  /** The whole page: one entry per indicator, then the hand-written choices from {@value #CHOICES}. */
  public static String render(IndicatorCatalogue catalogue) {
    StringBuilder md = new StringBuilder();
    md.append("# Indicator catalogue, framework 1.0\n\n")
        .append("<!-- Generated from schemas/indicators.json and schemas/indicators-docs-choices.md")
        .append(" by IndicatorDocs; do not edit by hand. Regenerate: ").append(REGENERATE).append(" -->\n\n")
        .append("The ").append(catalogue.all().size())
        .append(" guideline-compliance indicators, in the framework's order. Each is reported per quarter")
        .append(" (`period_type` `QUARTER`) and, for every calendar year whose four quarters are all reported,")
        .append(" per year (`YEAR`, computed from the year's members: counts add up over the quarters, a")
        .append(" median is the year's own), for")
        .append(" each reporting country and the region (`ALL`), in total and by one dimension at a time.")
        .append(" Countries may override targets, never definitions. A member counts only once its window")
        .append(" end is on or before its country's extract date.\n\n")
        .append("Headline set: ").append(String.join(", ", catalogue.headline())).append(".\n\n");
    for (Indicator i : catalogue.all()) entry(md, i);
    md.append(choices());
    return md.toString();
  }

  private static void entry(StringBuilder md, Indicator i) {
    md.append("## ").append(i.id()).append(" — ").append(i.name()).append("\n\n")
        .append(i.definition()).append("\n\n")
        .append("| | |\n|---|---|\n");
    cell(md, "Section", i.section());
    cell(md, "Guideline reference", i.guidelineRef());
    cell(md, "Population", i.population());
    cell(md, "Reference date", i.referenceDate());
    cell(md, "Window end", i.windowEnd());
    cell(md, i.unit() == Unit.PERCENT ? "Numerator" : "Value", i.numerator());
    cell(md, "Unit", i.unit().code());
    cell(md, "Direction", i.direction() == null ? "—" : i.direction() + " is better");
    cell(md, "Default target", i.target() == null ? "—" : number(i.target()) + unitSuffix(i));
    cell(md, "By counterpart country", i.crossBorder() ? "yes (⇄)" : "no");
    md.append("\n").append(howToRead(i)).append("\n\n");
  }

  private static void cell(StringBuilder md, String label, String value) {
    md.append("| ").append(label).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
  }

  static String howToRead(Indicator i) {
    StringBuilder s = new StringBuilder("How to read it: ");
    switch (i.unit()) {
      case COUNT -> s.append("a volume, not a rate; it shows the scale behind the rates and has no direction,")
          .append(" target or interval.");
      case PERCENT -> s.append("the share of the population meeting the condition, 0 to 100, with a 95 % Wilson")
          .append(" score interval; ");
      case DAYS -> s.append("the median number of days, with a distribution-free 95 % interval on order")
          .append(" statistics (none below 6 members); ");
    }
    if (i.direction() != null) {
      s.append(i.direction()).append(" is better. ");
      if (i.target() == null) {
        s.append("There is no regional target, so the status is NO_TARGET unless a country sets one.");
      } else {
        s.append("The target is met when the ").append(i.unit() == Unit.DAYS ? "median" : "value").append(" is ")
            .append(i.direction() == Direction.HIGHER ? "at least " : "at most ").append(number(i.target()))
            .append(unitSuffix(i)).append(" (a country's own target replaces it for that country's rows).");
      }
    }
    if (!i.windowEnd().equals(i.referenceDate())) {
      s.append(" The latest quarters fill in as windows close (window end: ").append(i.windowEnd()).append(").");
    }
    if (i.crossBorder()) s.append(" Also broken down by counterpart country.");
    return s.toString();
  }

  private static String unitSuffix(Indicator i) {
    return switch (i.unit()) {
      case PERCENT -> " %";
      case DAYS -> " days";
      case COUNT -> "";
    };
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static String choices() {
    try (InputStream in = IndicatorDocs.class.getResourceAsStream(CHOICES)) {
      if (in == null) throw new IllegalStateException(CHOICES + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .collect(Collectors.joining("\n", "", "\n"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CHOICES, e);
    }
  }
}
