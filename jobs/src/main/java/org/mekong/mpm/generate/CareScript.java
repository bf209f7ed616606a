package org.mekong.mpm.generate;

import static org.mekong.mpm.generate.Codes.*;

import java.time.LocalDate;

/** Protection after identification (section III–IV): recovery plan, services, placement, case manager. */
final class CareScript {
  private static final String[] PLACEMENTS = {"FAMILY", "KINSHIP", "FOSTER", "SAFE_HOUSE", "SHELTER", "INSTITUTION"};

  private CareScript() {}

  static void play(CaseRecord k, Dice dice, LocalDate screen, LocalDate id, double q, boolean child, boolean foreign) {
    if (dice.chance(q)) {
      k.add(RECOVERY_PLAN, notBefore(screen, dice.plus(id, -2, 14)), null, null,
          dice.chance(0.9) ? VICTIM_PARTICIPATED : null);
    } else if (dice.chance(0.6)) {
      k.add(RECOVERY_PLAN, dice.plus(id, 15, 45), null, null, dice.chance(0.5) ? VICTIM_PARTICIPATED : null);
    }
    service(k, dice, screen, id, q + 0.10, "ACCOMMODATION", 0.06);
    service(k, dice, screen, id, q + 0.08, "MEDICAL", 0.05);
    service(k, dice, screen, id, q - 0.05, "PSYCHOSOCIAL", 0.10);
    service(k, dice, screen, id, q - 0.15, "LEGAL", 0.15);
    if (foreign && dice.chance(0.5)) k.add(SERVICE, dice.plus(id, 0, 20), "INTERPRETATION", null);
    if (child && dice.chance(0.5)) k.add(SERVICE, dice.plus(id, 5, 60), "EDUCATION", null);
    if (!child && !foreign && dice.chance(0.3)) k.add(SERVICE, dice.plus(id, 20, 120), "LIVELIHOOD", null);
    if (child && dice.chance(0.92)) {
      k.add(PLACEMENT, notBefore(screen, dice.plus(id, -2, 7)), placement(dice, q, foreign), null);
    } else if (!child && foreign && dice.chance(0.5)) {
      k.add(PLACEMENT, notBefore(screen, dice.plus(id, -2, 7)), dice.chance(0.7) ? "SHELTER" : "SAFE_HOUSE", null);
    }
    if (dice.chance(q + 0.05)) {
      k.add(CASE_MANAGER_ASSIGNED, dice.plus(id, 0, 7));
    } else if (dice.chance(0.7)) {
      k.add(CASE_MANAGER_ASSIGNED, dice.plus(id, 8, 40));
    }
    if (dice.chance(q * 0.7)) k.add(LEGAL_INFO, dice.plus(id, 1, 60));
  }

  // on time with probability q, else late or never; sometimes offered and declined
  private static void service(CaseRecord k, Dice dice, LocalDate screen, LocalDate id, double q, String kind,
      double declined) {
    LocalDate on;
    if (dice.chance(q)) on = notBefore(screen, dice.plus(id, -3, 30));
    else if (dice.chance(0.5)) on = dice.plus(id, 31, 90);
    else return;
    k.add(SERVICE, on, kind, null, dice.chance(declined) ? DECLINED : null);
  }

  // foreign children land in shelters more often; institutions fade as compliance grows
  private static String placement(Dice dice, double q, boolean foreign) {
    double[] w = foreign
        ? new double[] {3, 2, 8, 15, 45, 30 * (1.15 - q)}
        : new double[] {35, 15, 12, 8, 15, 25 * (1.15 - q)};
    return PLACEMENTS[dice.weighted(w)];
  }

  static LocalDate notBefore(LocalDate floor, LocalDate d) {
    return d.isBefore(floor) ? floor : d;
  }
}
