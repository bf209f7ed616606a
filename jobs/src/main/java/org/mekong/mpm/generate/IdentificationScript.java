package org.mekong.mpm.generate;

import static org.mekong.mpm.generate.Codes.*;

import java.time.LocalDate;

/**
 * The case in the country where a person is screened (section II), cared for (III), and, for a foreigner,
 * prepared for return (IV, Return 2–3) up to the departure.
 */
final class IdentificationScript {
  /** The case and, when the person left for home, the departure. */
  record Outcome(CaseRecord record, Departure departure) {}

  private final Registry registry;
  private final Tokens tokens;

  IdentificationScript(Registry registry, Tokens tokens) {
    this.registry = registry;
    this.tokens = tokens;
  }

  Outcome play(Corridor c, Person p, LocalDate screen, Dice dice) {
    String here = c.country();
    CaseRecord k = new CaseRecord(here, IDENTIFIED_HERE, p.nationality(), screen);
    boolean child = Presentation.record(k, p, screen, dice);
    k.token = tokens.of(p, here, k.sex, Presentation.dateOfBirthKnown(k), dice);
    k.exploitationTypes = p.exploitationTypes();
    k.exploitationCountry = exploitationCountry(c, p, dice);
    boolean foreign = c.foreign();
    double q = Compliance.level(here, screen);

    boolean detained = foreign && dice.chance(Compliance.detention(here) * (1.3 - q));
    LocalDate detainedOn = detained ? dice.plus(screen, -3, 0) : null;
    if (detained) k.add(DETAINED, detainedOn);
    k.add(SCREENED, screen);
    LocalDate interview = dice.plus(screen, 0, 4);
    interview(k, dice, interview, q, child, foreign);
    if (child && dice.chance(0.3)) interview(k, dice, dice.plus(interview, 2, 10), q, child, foreign);

    if (dice.chance(0.03)) { // decision still pending, or the person left before one was made
      if (detained) k.add(DETENTION_ENDED, dice.plus(screen, 5, 60));
      return new Outcome(k, null);
    }
    int days = dice.chance(q) ? (int) (Math.pow(dice.unit(), 2) * 31) : dice.between(31, 120);
    LocalDate decision = CareScript.notBefore(interview, screen.plusDays(days));
    String outcome = new String[] {"VICTIM", "PRESUMED_VICTIM", "NOT_VICTIM"}[dice.weighted(new double[] {72, 16, 12})];
    k.add(IDENTIFIED, decision, outcome, null);
    if (outcome.equals("PRESUMED_VICTIM") && dice.chance(0.4)) {
      k.add(IDENTIFIED, dice.plus(decision, 10, 40), "VICTIM", null);
    }
    LocalDate id = outcome.equals("NOT_VICTIM") ? null : decision;
    if (detained) endDetention(k, dice, detainedOn, decision, id != null, q);
    if (id == null) return new Outcome(k, null);

    CareScript.play(k, dice, screen, id, q, child, foreign);
    return switch (c.kind()) {
      case DOMESTIC -> {
        aftercareAtHome(k, dice, id, q);
        yield new Outcome(k, null);
      }
      case STAYING -> {
        stay(k, dice, id, child);
        yield new Outcome(k, null);
      }
      default -> new Outcome(k, prepareReturn(k, c, dice, id, child));
    };
  }

  private static void interview(CaseRecord k, Dice dice, LocalDate on, double q, boolean child, boolean foreign) {
    k.add(INTERVIEWED, on, null, null,
        foreign && dice.chance(q + 0.1) ? INTERPRETER : null,
        dice.chance(child ? q + 0.05 : 0.15) ? SUPPORT_PERSON : null,
        child && dice.chance(q) ? CHILD_SENSITIVE : null);
  }

  private static String exploitationCountry(Corridor c, Person p, Dice dice) {
    if (dice.chance(0.06)) return null;
    // scam-compound victims often reach Thailand after exploitation across the border
    if (c.country().equals("THA") && p.exploitationTypes() != null
        && p.exploitationTypes().contains("ONLINE_SCAM") && dice.chance(0.5)) {
      return dice.chance(0.7) ? "MMR" : "KHM";
    }
    return c.country();
  }

  // II.8a: victims should leave detention at once; some stay longer, some are never recorded released
  private static void endDetention(CaseRecord k, Dice dice, LocalDate detainedOn, LocalDate decision,
      boolean victim, double q) {
    if (!victim) {
      k.add(DETENTION_ENDED, dice.plus(decision, 0, 10));
    } else if (dice.chance(q)) {
      k.add(DETENTION_ENDED, CareScript.notBefore(detainedOn, dice.plus(decision, 0, 2)));
    } else if (dice.chance(0.85)) {
      k.add(DETENTION_ENDED, dice.plus(decision, 3, 60));
    }
    if (victim && dice.chance(0.03)) { // detained again after identification
      LocalDate again = dice.plus(decision, 10, 40);
      k.add(DETAINED, again);
      k.add(DETENTION_ENDED, dice.plus(again, 5, 20));
    }
  }

  private static void aftercareAtHome(CaseRecord k, Dice dice, LocalDate id, double q) {
    if (dice.chance(0.5)) k.add(REINTEGRATION_PLAN, dice.plus(id, 10, 90), null, null,
        dice.chance(q) ? VICTIM_PARTICIPATED : null);
    for (int visit : new int[] {45, 150}) {
      if (dice.chance(q)) k.add(FOLLOW_UP_VISIT, dice.plus(id, visit - 15, visit + 15));
    }
    if (dice.chance(0.15)) k.add(COMPENSATION_CLAIM, dice.plus(id, 30, 200));
    double end = dice.unit();
    if (end < 0.5) k.add(CASE_CLOSED, dice.plus(id, 150, 400), "REINTEGRATED", null);
    else if (end < 0.6) k.add(CASE_CLOSED, dice.plus(id, 30, 300), "LOST_CONTACT", null);
    else if (end < 0.65) k.add(CASE_CLOSED, dice.plus(id, 10, 60), "DECLINED_SERVICES", null);
  }

  private static void stay(CaseRecord k, Dice dice, LocalDate id, boolean child) {
    k.add(STAY_PERMIT, dice.plus(id, 10, 60));
    if (child) {
      k.add(BEST_INTEREST_DETERMINATION, dice.plus(id, 20, 90),
          dice.chance(0.8) ? "LOCAL_INTEGRATION" : "THIRD_COUNTRY", null,
          dice.chance(0.6) ? VICTIM_PARTICIPATED : null);
    }
    if (dice.chance(0.2)) k.add(CASE_CLOSED, dice.plus(id, 120, 500), "TRANSFERRED", null);
  }

  // IV.4 and Return 2–3: verification, assessments, notification and hand-over, then departure
  private Departure prepareReturn(CaseRecord k, Corridor c, Dice dice, LocalDate id, boolean child) {
    String here = k.country;
    String home = c.origin();
    double q = Compliance.level(here, id);
    if (dice.chance(0.8)) k.add(INFO_SHARED, dice.plus(id, 1, 10), null, home, dice.chance(q + 0.05) ? CONSENT : null);
    if (dice.chance(0.15)) k.add(INFO_SHARED, dice.plus(id, 11, 40), null, home, dice.chance(q) ? CONSENT : null);
    if (dice.chance(0.04)) return null; // no request made: the case waits
    LocalDate requested = dice.plus(id, 1, 14);
    k.add(NATIONALITY_REQUESTED, requested, null, home);
    int wait = dice.chance(q) ? dice.between(3, 30) : dice.between(31, 150);
    if (wait > 60 && dice.chance(0.5)) k.add(NATIONALITY_REQUESTED, dice.plus(requested, 40, 55), null, home);
    if (dice.chance(0.04)) return null; // answer still pending
    LocalDate verified = requested.plusDays(wait);
    if (dice.chance(0.04)) {
      k.add(NATIONALITY_VERIFIED, verified, "NOT_CONFIRMED", home);
      k.add(STAY_PERMIT, dice.plus(verified, 5, 30));
      return null;
    }
    k.add(NATIONALITY_VERIFIED, verified, "CONFIRMED", home);
    if (!child && dice.chance(0.04)) { // an adult who chose not to go home
      k.add(STAY_PERMIT, dice.plus(verified, 5, 30));
      return null;
    }
    LocalDate departure = dice.plus(verified, child ? 14 : 7, child ? 60 : 45);
    double qd = Compliance.level(here, departure);
    boolean familySuitable = true;
    if (child || dice.chance(0.1)) {
      familySuitable = dice.chance(0.9);
      String fa = familySuitable ? "SUITABLE" : "NOT_SUITABLE";
      if (dice.chance(child ? qd + 0.1 : 0.8)) k.add(FAMILY_ASSESSMENT, dice.plus(departure, -30, -5), fa, null);
      else if (dice.chance(0.5)) k.add(FAMILY_ASSESSMENT, dice.plus(departure, 1, 30), fa, null);
    }
    if (dice.chance(child ? qd + 0.1 : 0.5)) {
      k.add(RISK_ASSESSMENT, dice.plus(departure, -30, 0),
          new String[] {"LOW", "MEDIUM", "HIGH"}[dice.weighted(new double[] {50, 35, 15})], null);
    }
    if (child && dice.chance(0.85)) {
      k.add(BEST_INTEREST_DETERMINATION, dice.plus(departure, -25, -3),
          familySuitable ? "RETURN" : "ALTERNATIVE_CARE", null, dice.chance(qd) ? VICTIM_PARTICIPATED : null);
    }
    if (dice.chance(qd + 0.05)) k.add(RETURN_NOTIFIED, dice.plus(departure, -14, -2), null, home);
    else if (dice.chance(0.5)) k.add(RETURN_NOTIFIED, departure, null, home);
    if (dice.chance(qd)) k.add(CASE_FILE_TRANSFERRED, dice.plus(departure, -7, 0), null, home);
    else if (dice.chance(0.4)) k.add(CASE_FILE_TRANSFERRED, dice.plus(departure, 1, 20), null, home);
    boolean escorted = dice.chance(child ? qd + 0.08 : 0.35);
    k.add(RETURN_DEPARTED, departure, null, home, escorted ? ESCORTED : null,
        dice.chance(Compliance.media(here, departure)) ? MEDIA_PRESENT : null);
    if (dice.chance(0.7)) k.add(CASE_CLOSED, dice.plus(departure, 0, 14), "TRANSFERRED", null);
    String ref = registry.bilateralRef(here, home, departure.getYear());
    k.bilateralRef = dice.chance(Compliance.bilateralRefs(here)) ? ref : null;
    return new Departure(here, home, departure, escorted, ref, k.exploitationCountry);
  }
}
