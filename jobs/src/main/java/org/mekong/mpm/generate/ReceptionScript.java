package org.mekong.mpm.generate;

import static org.mekong.mpm.generate.Codes.*;

import java.time.LocalDate;
import java.util.Set;

/** The returnee's case at home: reception (Return 3) and reintegration with follow-up (section V). */
final class ReceptionScript {
  /** The case and, when the person was trafficked again and found abroad, the date they were found. */
  record Outcome(CaseRecord record, LocalDate foundAbroadOn) {}

  // offices whose exports carry a follow-up visit after a recorded death (EVENT_AFTER_DEATH warnings)
  static final Set<String> VISITS_AFTER_DEATH = Set.of("VNM", "KHM");

  private final Tokens tokens;

  ReceptionScript(Tokens tokens) {
    this.tokens = tokens;
  }

  Outcome play(Person p, Departure d, Dice dice) {
    String home = d.to();
    LocalDate received = d.date().plusDays(lag(dice));
    CaseRecord k = new CaseRecord(home, RETURNEE, home, received);
    boolean child = Presentation.record(k, p, received, dice);
    k.token = tokens.of(p, home, k.sex, Presentation.dateOfBirthKnown(k), dice);
    k.exploitationTypes = dice.chance(0.85) ? p.exploitationTypes() : null;
    k.exploitationCountry = d.exploitationCountry() != null ? d.exploitationCountry() : d.from();
    k.bilateralRef = d.bilateralRef() != null && dice.chance(Compliance.bilateralRefs(home)) ? d.bilateralRef() : null;
    double q = Compliance.level(home, received);

    if (dice.chance(0.3)) k.add(INFO_SHARED, dice.plus(received, -10, -1), null, d.from(), dice.chance(q) ? CONSENT : null);
    boolean escorted = d.escorted() ? dice.chance(0.95) : dice.chance(0.05);
    k.add(RECEIVED, received, null, d.from(), escorted ? ESCORTED : null,
        dice.chance(Compliance.media(home, received)) ? MEDIA_PRESENT : null);
    if (dice.chance(0.6)) k.add(TRANSIT_STAY, dice.plus(received, 0, 1));

    LocalDate died = dice.chance(0.01) ? dice.plus(received, 1, 400) : null;
    LocalDate retrafficked = died == null && dice.chance(0.05 + 0.10 * (1 - q)) ? dice.plus(received, 15, 540) : null;
    LocalDate closed = null;
    String closure = null;
    if (died != null) {
      closed = died;
      closure = "DECEASED";
    } else if (retrafficked != null) {
      if (dice.chance(0.4)) {
        closed = dice.plus(retrafficked, 30, 120);
        closure = "LOST_CONTACT";
      }
    } else if (dice.chance(0.55)) {
      closed = dice.plus(received, 300, 540);
      closure = "REINTEGRATED";
    } else if (dice.chance(0.2)) {
      closed = dice.plus(received, 90, 400);
      closure = "LOST_CONTACT";
    }
    LocalDate stop = earliest(closed, retrafficked);

    reintegrate(k, dice, received, q, child);
    int i = 0;
    for (int visit : new int[] {30, 120, 250, 400}) {
      if (dice.chance(q + 0.15 - 0.04 * i++)) k.add(FOLLOW_UP_VISIT, dice.plus(received, visit - 20, visit + 25));
    }
    if (stop != null) k.truncateAfter(stop);

    LocalDate foundAbroad = null;
    if (retrafficked != null) {
      boolean abroad = dice.chance(0.6);
      if (!abroad || dice.chance(0.35)) k.add(RE_TRAFFICKED, dice.plus(retrafficked, 0, 45));
      if (abroad) foundAbroad = retrafficked;
    }
    if (closed != null) k.add(CASE_CLOSED, closed, closure, null);
    if (died != null && VISITS_AFTER_DEATH.contains(home) && dice.chance(0.7)) {
      k.add(FOLLOW_UP_VISIT, dice.plus(died, 5, 40));
    }
    return new Outcome(k, foundAbroad);
  }

  // most handovers are recorded the same or next day; a few are filed weeks late and never match
  private static int lag(Dice dice) {
    return switch (dice.weighted(new double[] {3, 55, 27, 12, 3})) {
      case 0 -> -1;
      case 1 -> 0;
      case 2 -> 1;
      case 3 -> dice.between(2, 7);
      default -> dice.between(35, 60);
    };
  }

  private static void reintegrate(CaseRecord k, Dice dice, LocalDate received, double q, boolean child) {
    if (dice.chance(q)) {
      k.add(REINTEGRATION_PLAN, dice.plus(received, 5, 60), null, null, dice.chance(0.9) ? VICTIM_PARTICIPATED : null);
    } else if (dice.chance(0.6)) {
      k.add(REINTEGRATION_PLAN, dice.plus(received, 61, 150), null, null, dice.chance(0.5) ? VICTIM_PARTICIPATED : null);
    }
    if (dice.chance(0.8)) k.add(CASE_MANAGER_ASSIGNED, dice.plus(received, 0, 20));
    if (dice.chance(0.6)) k.add(SERVICE, dice.plus(received, 0, 5), "MEDICAL", null, dice.chance(0.05) ? DECLINED : null);
    if (dice.chance(0.6)) k.add(SERVICE, dice.plus(received, 1, 30), "PSYCHOSOCIAL", null, dice.chance(0.1) ? DECLINED : null);
    if (dice.chance(0.4)) k.add(SERVICE, dice.plus(received, 30, 120), "LIVELIHOOD", null, dice.chance(0.1) ? DECLINED : null);
    if (child && dice.chance(0.6)) k.add(SERVICE, dice.plus(received, 10, 90), "EDUCATION", null);
    if (dice.chance(0.3 * q)) k.add(SERVICE, dice.plus(received, 5, 120), "LEGAL", null, dice.chance(0.15) ? DECLINED : null);
    if (dice.chance(q * 0.7)) k.add(LEGAL_INFO, dice.plus(received, 1, 150));
    if (dice.chance(0.08)) k.add(COMPENSATION_CLAIM, dice.plus(received, 30, 300));
    if (dice.chance(0.5)) k.add(SAFE_MIGRATION_INFO, dice.plus(received, 10, 200));
    if (dice.chance(0.2)) k.add(SECURITY_ASSESSMENT, dice.plus(received, 0, 30));
    if (child) {
      String[] kinds = {"FAMILY", "KINSHIP", "FOSTER", "SHELTER", "INSTITUTION"};
      k.add(PLACEMENT, dice.plus(received, 0, 10), kinds[dice.weighted(new double[] {55, 15, 5, 15, 10 * (1.2 - q)})], null);
    }
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.isBefore(b) ? a : b;
  }
}
