package org.mekong.mpm.generate;

import java.time.LocalDate;
import java.time.Period;

/** A synthetic person: the identity fields exist only to compute tokens and never reach an extract. */
record Person(String family, String given, LocalDate dob, String sex, String nationality, String exploitationTypes) {

  int ageOn(LocalDate date) {
    return Period.between(dob, date).getYears();
  }

  boolean childOn(LocalDate date) {
    return ageOn(date) < 18;
  }
}
