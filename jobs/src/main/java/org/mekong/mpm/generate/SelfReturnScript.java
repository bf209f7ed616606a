package org.mekong.mpm.generate;

import static org.mekong.mpm.generate.Codes.*;

import java.time.LocalDate;

/** A national who came home alone and was found afterwards (Return and Reception 5). */
final class SelfReturnScript {
  private final Tokens tokens;

  SelfReturnScript(Tokens tokens) {
    this.tokens = tokens;
  }

  CaseRecord play(Corridor c, Person p, LocalDate found, Dice dice) {
    String home = c.country();
    CaseRecord k = new CaseRecord(home, SELF_RETURNED, home, found);
    boolean child = Presentation.record(k, p, found, dice);
    k.token = tokens.of(p, home, k.sex, Presentation.dateOfBirthKnown(k), dice);
    k.exploitationTypes = p.exploitationTypes();
    k.exploitationCountry = dice.chance(0.9) ? c.origin() : null;
    double q = Compliance.level(home, found);

    k.add(SCREENED, found);
    k.add(INTERVIEWED, dice.plus(found, 0, 5), null, null,
        dice.chance(child ? q : 0.15) ? SUPPORT_PERSON : null, child && dice.chance(q) ? CHILD_SENSITIVE : null);
    LocalDate id = dice.plus(found, 1, 40);
    k.add(IDENTIFIED, id, dice.chance(0.85) ? "VICTIM" : "PRESUMED_VICTIM", null);
    String[] kinds = {"MEDICAL", "PSYCHOSOCIAL", "LIVELIHOOD", "ACCOMMODATION", "LEGAL"};
    if (dice.chance(q + 0.1)) {
      k.add(SERVICE, dice.plus(found, 1, 90), kinds[dice.between(0, 4)], null, dice.chance(0.08) ? DECLINED : null);
    } else if (dice.chance(0.5)) {
      k.add(SERVICE, dice.plus(found, 91, 200), kinds[dice.between(0, 4)], null);
    }
    if (dice.chance(0.6)) k.add(REINTEGRATION_PLAN, dice.plus(id, 5, 90), null, null, dice.chance(q) ? VICTIM_PARTICIPATED : null);
    if (dice.chance(q)) k.add(FOLLOW_UP_VISIT, dice.plus(id, 60, 120));
    if (dice.chance(0.4)) k.add(SAFE_MIGRATION_INFO, dice.plus(id, 10, 120));
    if (dice.chance(0.05)) k.add(RE_TRAFFICKED, dice.plus(id, 60, 400));
    else if (dice.chance(0.4)) k.add(CASE_CLOSED, dice.plus(id, 150, 450), "REINTEGRATED", null);
    return k;
  }
}
