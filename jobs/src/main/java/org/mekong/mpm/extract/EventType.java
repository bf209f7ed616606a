package org.mekong.mpm.extract;

import java.util.Set;

/** One event type: its detail codes, whether it names a counterpart country, and the flags its meaning names. */
record EventType(
    String code,
    String section,
    int index,
    Set<String> detailCodes,
    boolean counterpartRequired,
    Set<String> flags) {

  boolean hasDetailCodes() {
    return !detailCodes.isEmpty();
  }
}
