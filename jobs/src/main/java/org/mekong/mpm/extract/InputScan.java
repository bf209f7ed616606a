package org.mekong.mpm.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The submissions under an input root laid out as {@code <ISO3>/<YYYY-MM-DD>/}; anything else is skipped. */
public record InputScan(List<Submission> submissions, List<String> warnings) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  /**
   * A skipped name is echoed only when it has the shape of what belongs at its level (three capitals,
   * or YYYY-MM-DD digits), so that the warning helps fix a layout; any other name could be data.
   */
  private static final Pattern PLAUSIBLE_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** One submission folder found under the root. */
  public record Submission(String country, LocalDate extractDate, Path dir) {}

  public static InputScan scan(Path inputRoot) {
    List<Submission> found = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Path c : sortedEntries(inputRoot)) {
      String country = c.getFileName().toString();
      if (Files.isSymbolicLink(c)) {
        warnings.add("skipped " + shown(country, COUNTRY) + " under the input root: a symbolic link, not followed");
        continue;
      }
      if (!Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS) || !COUNTRY.matcher(country).matches()) {
        warnings.add("skipped " + shown(country, COUNTRY) + " under the input root: not a <ISO3> country folder");
        continue;
      }
      for (Path d : sortedEntries(c)) {
        String name = d.getFileName().toString();
        int day = IsoDate.epochDay(name);
        if (Files.isSymbolicLink(d)) {
          warnings.add("skipped " + shown(name, PLAUSIBLE_DATE) + " in " + country + "/: a symbolic link, not followed");
          continue;
        }
        if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) || day == IsoDate.INVALID) {
          warnings.add("skipped " + shown(name, PLAUSIBLE_DATE) + " in " + country
              + "/: not a <YYYY-MM-DD> submission folder");
          continue;
        }
        found.add(new Submission(country, LocalDate.ofEpochDay(day), d));
      }
    }
    found.sort(Comparator.comparing(Submission::country).thenComparing(Submission::extractDate));
    return new InputScan(List.copyOf(found), List.copyOf(warnings));
  }

  private static String shown(String name, Pattern plausible) {
    return plausible.matcher(name).matches() ? "'" + name + "'" : "an entry (name withheld)";
  }

  private static List<Path> sortedEntries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
