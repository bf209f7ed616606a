package org.mekong.mpm.generate;

import org.mekong.mpm.token.PersonToken;

/** Tokenises a person as a national office would: not every office tokenises every case, and spellings vary. */
final class Tokens {
  private final byte[] key;

  Tokens(byte[] key) {
    this.key = key.clone();
  }

  /** The token of {@code p} as {@code country} records it, or null when it has none. */
  String of(Person p, String country, String recordedSex, boolean dateOfBirthKnown, Dice dice) {
    if (!dateOfBirthKnown || !dice.chance(Compliance.tokens(country))) return null;
    String family = dice.chance(0.3) ? SyntheticNames.respell(dice, p.family()) : p.family();
    String given = dice.chance(0.3) ? SyntheticNames.respell(dice, p.given()) : p.given();
    return PersonToken.of(key, family, given, p.dob().toString(), recordedSex);
  }
}
