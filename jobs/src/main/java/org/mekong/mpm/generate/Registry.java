package org.mekong.mpm.generate;

import java.util.HashMap;
import java.util.Map;

/** Case ids and bilateral references, numbered in story order so that a seed always gives the same ones. */
final class Registry {
  private final Map<String, Integer> caseSeq = new HashMap<>();
  private final Map<String, Integer> refSeq = new HashMap<>();

  String caseId(String country, int year) {
    int n = caseSeq.merge(country, 1, Integer::sum);
    return String.format("%s-%d-%06d", country, year, n);
  }

  /** The reference both countries file a return under, e.g. {@code THA-MMR/2025/00123}. */
  String bilateralRef(String from, String to, int year) {
    int n = refSeq.merge(from + to + year, 1, Integer::sum);
    return String.format("%s-%s/%d/%05d", from, to, year, n);
  }
}
