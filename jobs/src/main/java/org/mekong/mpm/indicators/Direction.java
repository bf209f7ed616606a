package org.mekong.mpm.indicators;

import java.util.Locale;

/** Which way an indicator improves: the catalogue's {@code direction}; counts have none (null). */
public enum Direction {
  HIGHER, LOWER;

  /** The code of the catalogue and the marts: {@code higher}, {@code lower}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The direction of a code; null for none. */
  public static Direction of(String code) {
    if (code == null) return null;
    for (Direction d : values()) if (d.code().equals(code)) return d;
    throw new IllegalArgumentException("unknown direction '" + code + "'");
  }

  @Override
  public String toString() {
    return code();
  }
}
