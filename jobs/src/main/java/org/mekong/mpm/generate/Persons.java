package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.util.StringJoiner;

/** Draws a person with the sex, age and exploitation profile of a corridor. */
final class Persons {

  Person draw(Dice dice, Corridor c, LocalDate on) {
    double s = dice.unit();
    String sex = s < 0.004 ? "X" : s < 0.012 ? "U" : dice.chance(c.femaleShare()) ? "F" : "M";
    int age;
    if (dice.chance(c.childShare())) age = dice.chance(0.75) ? dice.between(12, 17) : dice.between(5, 11);
    else age = 18 + (int) (Math.pow(dice.unit(), 1.6) * 38);
    LocalDate dob = on.minusYears(age).minusDays(dice.between(0, 364));
    String[] name = SyntheticNames.draw(dice, c.nationality());
    return new Person(name[0], name[1], dob, sex, c.nationality(), exploitation(dice, c));
  }

  // one main form, sometimes a second; a few cases record none
  private static String exploitation(Dice dice, Corridor c) {
    if (dice.chance(0.05)) return null;
    int first = dice.weighted(c.exploitationWeights());
    int second = dice.chance(0.25) ? dice.weighted(c.exploitationWeights()) : first;
    StringJoiner j = new StringJoiner(";");
    for (int i = 0; i < c.exploitation().size(); i++) {
      if (i == first || i == second) j.add(c.exploitation().get(i));
    }
    return j.toString();
  }
}
