package org.mekong.mpm.generate;

import java.time.LocalDate;

/** How an office records sex and age: sometimes uncertain or missing, with the presumption of childhood (II.6). */
final class Presentation {
  private Presentation() {}

  /** Fills sex, age, age_uncertain and presumed_child; returns whether the case's age group is CHILD. */
  static boolean record(CaseRecord k, Person p, LocalDate on, Dice dice) {
    k.sex = p.sex();
    int age = p.ageOn(on);
    boolean child = age < 18;
    double roll = dice.unit();
    if (roll < 0.04) {
      k.age = null;
      k.ageUncertain = "Y";
      k.presumedChild = child ? (dice.chance(0.75) ? "Y" : null) : (dice.chance(0.5) ? "N" : null);
    } else if (roll < 0.12) {
      k.age = Math.max(0, age + dice.between(-1, 1));
      k.ageUncertain = "Y";
      k.presumedChild = (child || age <= 19) && dice.chance(0.5) ? "Y" : null;
    } else {
      k.age = age;
      k.ageUncertain = dice.chance(0.5) ? "N" : null;
      k.presumedChild = dice.chance(0.1) ? "N" : null;
    }
    return "Y".equals(k.presumedChild) || (k.age != null && k.age < 18);
  }

  /** Whether the office knows the date of birth well enough to tokenise. */
  static boolean dateOfBirthKnown(CaseRecord k) {
    return k.age != null;
  }
}
