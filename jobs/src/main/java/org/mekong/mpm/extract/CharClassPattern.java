package org.mekong.mpm.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value pattern of the schema. The common shape {@code ^[class]{m,n}$} is matched with a lookup
 * table, since a regex per field costs too much at fifteen million rows; other shapes use a regex.
 */
final class CharClassPattern {
  private static final Pattern SIMPLE = Pattern.compile("\\^\\[([^\\]]+)\\]\\{(\\d+),(\\d+)\\}\\$");

  private final String source;
  private final boolean[] allowed;
  private final int minLen;
  private final int maxLen;
  private final Pattern fallback;

  private CharClassPattern(String source, boolean[] allowed, int minLen, int maxLen, Pattern fallback) {
    this.source = source;
    this.allowed = allowed;
    this.minLen = minLen;
    this.maxLen = maxLen;
    this.fallback = fallback;
  }

  static CharClassPattern compile(String regex) {
    Matcher m = SIMPLE.matcher(regex);
    if (m.matches()) {
      boolean[] table = charClass(m.group(1));
      if (table != null) {
        return new CharClassPattern(regex, table, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), null);
      }
    }
    return new CharClassPattern(regex, null, 0, 0, Pattern.compile(regex));
  }

  /** An ASCII class of single characters and ranges, a trailing '-' being literal; null when richer. */
  private static boolean[] charClass(String cls) {
    boolean[] table = new boolean[128];
    for (int i = 0; i < cls.length(); i++) {
      char c = cls.charAt(i);
      if (c == '\\' || c == '^' || c == '[' || c >= 128) return null;
      if (i + 2 < cls.length() && cls.charAt(i + 1) == '-') {
        char to = cls.charAt(i + 2);
        if (to >= 128 || to < c) return null;
        for (char x = c; x <= to; x++) table[x] = true;
        i += 2;
      } else {
        table[c] = true;
      }
    }
    return table;
  }

  boolean matches(String s) {
    if (fallback != null) return fallback.matcher(s).matches();
    int n = s.length();
    if (n < minLen || n > maxLen) return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128 || !allowed[c]) return false;
    }
    return true;
  }

  @Override
  public String toString() {
    return source;
  }
}
