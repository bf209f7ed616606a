package org.mekong.mpm.indicators;

import java.util.Locale;

/** What an indicator measures: the catalogue's {@code unit}, written in the marts as its code. */
public enum Unit {
  PERCENT, DAYS, COUNT;

  /** The code of the catalogue and the marts: {@code percent}, {@code days}, {@code count}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Unit of(String code) {
    for (Unit u : values()) if (u.code().equals(code)) return u;
    throw new IllegalArgumentException("unknown unit '" + code + "'");
  }

  @Override
  public String toString() {
    return code();
  }
}
