package org.mekong.mpm.generate;

import static org.mekong.mpm.generate.Corridor.Kind.DOMESTIC;
import static org.mekong.mpm.generate.Corridor.Kind.RECEIVED_FROM_OUTSIDE;
import static org.mekong.mpm.generate.Corridor.Kind.RETURNED;
import static org.mekong.mpm.generate.Corridor.Kind.SELF_RETURNED;
import static org.mekong.mpm.generate.Corridor.Kind.STAYING;

import java.util.List;

/** The routes of the sample and how often each is taken; the tiny ones make small cells on purpose. */
final class Corridors {
  private Corridors() {}

  static final List<String> TYPES = List.of("SEXUAL", "FORCED_LABOUR", "FORCED_MARRIAGE", "BEGGING",
      "FORCED_CRIMINALITY", "ONLINE_SCAM", "ORGAN_REMOVAL", "OTHER");

  //                                             SEX  LAB  MAR  BEG  CRIM SCAM ORG  OTH
  private static final double[] FISHING_FACTORY = {15, 55, 2, 4, 4, 18, 0.3, 2};
  private static final double[] BEGGING_LABOUR = {12, 45, 1, 25, 5, 10, 0, 2};
  private static final double[] SEX_LABOUR = {45, 38, 5, 3, 2, 5, 0, 2};
  private static final double[] MARRIAGE = {20, 22, 55, 0, 1, 2, 0.5, 1};
  private static final double[] SCAM = {3, 8, 0, 0, 30, 85, 0, 1};
  private static final double[] DOMESTIC_MIX = {40, 30, 4, 10, 5, 10, 0.2, 3};

  private static Corridor returned(String in, String nat, double w, double f, double child, double[] mix) {
    return new Corridor(RETURNED, in, nat, nat, w, f, child, TYPES, mix);
  }

  static final List<Corridor> ALL = List.of(
      returned("THA", "MMR", 17, 0.40, 0.15, FISHING_FACTORY),
      returned("THA", "KHM", 12, 0.45, 0.35, BEGGING_LABOUR),
      returned("THA", "LAO", 8, 0.70, 0.28, SEX_LABOUR),
      returned("CHN", "VNM", 12, 0.85, 0.15, MARRIAGE),
      returned("CHN", "MMR", 6, 0.90, 0.15, MARRIAGE),
      returned("CHN", "LAO", 4, 0.90, 0.20, MARRIAGE),
      returned("KHM", "CHN", 3, 0.30, 0.03, SCAM),
      returned("KHM", "VNM", 2, 0.35, 0.05, SCAM),
      returned("KHM", "THA", 1.2, 0.40, 0.04, SCAM),
      returned("KHM", "IDN", 1, 0.30, 0.02, SCAM),
      returned("MMR", "THA", 0.8, 0.45, 0.05, SCAM),
      // small cells: a handful of cases each
      returned("THA", "VNM", 0.3, 0.60, 0.10, SEX_LABOUR),
      returned("CHN", "KHM", 0.3, 0.90, 0.10, MARRIAGE),
      returned("LAO", "VNM", 0.3, 0.60, 0.10, SEX_LABOUR),
      returned("VNM", "KHM", 0.3, 0.50, 0.40, BEGGING_LABOUR),
      returned("MMR", "CHN", 0.25, 0.30, 0.02, SCAM),
      new Corridor(DOMESTIC, "THA", "THA", null, 8, 0.60, 0.32, TYPES, DOMESTIC_MIX),
      new Corridor(DOMESTIC, "VNM", "VNM", null, 7, 0.65, 0.30, TYPES, DOMESTIC_MIX),
      new Corridor(DOMESTIC, "KHM", "KHM", null, 2, 0.65, 0.35, TYPES, DOMESTIC_MIX),
      new Corridor(DOMESTIC, "CHN", "CHN", null, 2, 0.70, 0.30, TYPES, DOMESTIC_MIX),
      new Corridor(DOMESTIC, "LAO", "LAO", null, 1, 0.70, 0.35, TYPES, DOMESTIC_MIX),
      new Corridor(DOMESTIC, "MMR", "MMR", null, 1, 0.60, 0.30, TYPES, DOMESTIC_MIX),
      new Corridor(SELF_RETURNED, "KHM", "KHM", "THA", 3, 0.45, 0.20, TYPES, BEGGING_LABOUR),
      new Corridor(SELF_RETURNED, "LAO", "LAO", "THA", 2, 0.70, 0.25, TYPES, SEX_LABOUR),
      new Corridor(SELF_RETURNED, "MMR", "MMR", "THA", 3, 0.40, 0.15, TYPES, FISHING_FACTORY),
      new Corridor(SELF_RETURNED, "VNM", "VNM", "CHN", 3, 0.85, 0.15, TYPES, MARRIAGE),
      new Corridor(RECEIVED_FROM_OUTSIDE, "MMR", "MMR", "MYS", 2, 0.45, 0.08, TYPES, FISHING_FACTORY),
      new Corridor(RECEIVED_FROM_OUTSIDE, "KHM", "KHM", "MYS", 1, 0.50, 0.08, TYPES, FISHING_FACTORY),
      new Corridor(RECEIVED_FROM_OUTSIDE, "VNM", "VNM", "KOR", 0.4, 0.60, 0.02, TYPES, SEX_LABOUR),
      new Corridor(STAYING, "THA", "XXA", null, 0.8, 0.45, 0.30, TYPES, FISHING_FACTORY),
      new Corridor(STAYING, "CHN", "XXX", null, 0.4, 0.90, 0.15, TYPES, MARRIAGE));

  private static final double[] WEIGHTS = ALL.stream().mapToDouble(Corridor::weight).toArray();

  static Corridor pick(Dice dice) {
    return ALL.get(dice.weighted(WEIGHTS));
  }

  /** Where a returnee of this nationality is found again when re-trafficked across a border. */
  static Corridor reTraffickedRoute(Dice dice, String nationality) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Corridor c = pick(dice);
      if (c.kind() == RETURNED && c.nationality().equals(nationality)) return c;
    }
    return null;
  }
}
