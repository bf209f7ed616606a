package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** One person's path through the countries: the cases every office on the way files about them. */
final class PersonPath {
  static final LocalDate PERIOD_START = LocalDate.of(2024, 1, 1);
  private static final int MAX_RETURNS = 3;

  private final long seed;
  private final LocalDate periodEnd;
  private final Persons persons = new Persons();
  private final IdentificationScript identification;
  private final ReceptionScript reception;
  private final SelfReturnScript selfReturn;
  private final Registry registry;

  PersonPath(long seed, LocalDate periodEnd, Registry registry, Tokens tokens) {
    this.seed = seed;
    this.periodEnd = periodEnd;
    this.registry = registry;
    this.identification = new IdentificationScript(registry, tokens);
    this.reception = new ReceptionScript(tokens);
    this.selfReturn = new SelfReturnScript(tokens);
  }

  /** The cases of story number {@code story}, in the order they arise. */
  List<CaseRecord> play(long story) {
    Dice dice = Dice.forStory(seed, story);
    Corridor c = Corridors.pick(dice);
    LocalDate start = startDate(dice);
    Person p = persons.draw(dice, c, start);
    List<CaseRecord> cases = new ArrayList<>();
    switch (c.kind()) {
      case SELF_RETURNED -> cases.add(selfReturn.play(c, p, start, dice));
      case RECEIVED_FROM_OUTSIDE -> {
        String ref = registry.bilateralRef(c.origin(), c.country(), start.getYear());
        receive(p, new Departure(c.origin(), c.country(), start, dice.chance(0.4), ref, c.origin()), dice, cases, 1);
      }
      default -> identify(c, p, start, dice, cases, 1);
    }
    return cases;
  }

  // a little more activity in later quarters, as offices report more
  private LocalDate startDate(Dice dice) {
    long span = ChronoUnit.DAYS.between(PERIOD_START, periodEnd);
    return PERIOD_START.plusDays((long) (Math.pow(dice.unit(), 0.85) * (span + 1)));
  }

  private void identify(Corridor c, Person p, LocalDate screen, Dice dice, List<CaseRecord> cases, int round) {
    IdentificationScript.Outcome o = identification.play(c, p, screen, dice);
    cases.add(o.record());
    Departure d = o.departure();
    if (d == null || !Codes.GMS.contains(d.to())) return;
    // a return the receiving country never confirms: more often where that office is weaker
    if (dice.chance(0.04 + 0.10 * (1 - Compliance.level(d.to(), d.date())))) return;
    receive(p, d, dice, cases, round);
  }

  private void receive(Person p, Departure d, Dice dice, List<CaseRecord> cases, int round) {
    ReceptionScript.Outcome o = reception.play(p, d, dice);
    cases.add(o.record());
    if (o.foundAbroadOn() == null || round >= MAX_RETURNS) return;
    Corridor again = Corridors.reTraffickedRoute(dice, p.nationality());
    if (again != null) identify(again, p, dice.plus(o.foundAbroadOn(), 0, 30), dice, cases, round + 1);
  }
}
