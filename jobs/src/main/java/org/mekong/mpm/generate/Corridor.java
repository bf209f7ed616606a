package org.mekong.mpm.generate;

import java.util.List;

/**
 * One route a person's story follows: where they are identified, of what nationality, and what happens next,
 * with the sex, age and exploitation profile seen on that route.
 */
record Corridor(Kind kind, String country, String nationality, String origin, double weight,
    double femaleShare, double childShare, List<String> exploitation, double[] exploitationWeights) {

  enum Kind {
    /** identified in {@code country}, a foreigner, returned to {@code origin} (= nationality). */
    RETURNED,
    /** a national identified at home. */
    DOMESTIC,
    /** identified abroad but staying (stateless, unknown nationality). */
    STAYING,
    /** a national of {@code country} received from {@code origin}, a country outside the six. */
    RECEIVED_FROM_OUTSIDE,
    /** a national who came back alone from {@code origin} and was found at home. */
    SELF_RETURNED
  }

  boolean foreign() {
    return !country.equals(nationality);
  }
}
