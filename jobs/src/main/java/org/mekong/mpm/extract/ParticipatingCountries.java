package org.mekong.mpm.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reporting countries a warehouse takes submissions from (extract format 1.0.1): by default the
 * six COMMIT countries, configurable for another region with {@code --countries}.
 */
public final class ParticipatingCountries {
  /** The six COMMIT countries, the default region. */
  public static final List<String> COMMIT = List.of("KHM", "CHN", "LAO", "MMR", "THA", "VNM");

  private ParticipatingCountries() {}

  /**
   * The given codes as a set, each checked against the format's ISO 3166-1 list.
   *
   * @throws IllegalArgumentException naming the first code that is not an ISO alpha-3 country
   */
  public static Set<String> of(List<String> codes, ExtractSchema schema) {
    if (codes == null || codes.isEmpty()) throw new IllegalArgumentException("no participating country given");
    Set<String> out = new LinkedHashSet<>();
    for (String c : codes) {
      String code = c.strip();
      if (!schema.countries().contains(code)) {
        throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-3 country code");
      }
      out.add(code);
    }
    return Collections.unmodifiableSet(out);
  }
}
