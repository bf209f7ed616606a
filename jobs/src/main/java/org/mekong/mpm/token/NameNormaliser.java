package org.mekong.mpm.token;

import java.text.Normalizer;
import java.util.Locale;

/** Steps 1–3 of the token algorithm for one name part (extract-format.md, person_token). */
final class NameNormaliser {
  private NameNormaliser() {}

  static String normalise(String name) {
    String spaced = collapseWhiteSpace(Normalizer.normalize(name, Normalizer.Form.NFC));
    String unaccented = dropLatinAccents(Normalizer.normalize(spaced, Normalizer.Form.NFD));
    return Normalizer.normalize(unaccented.toUpperCase(Locale.ROOT), Normalizer.Form.NFC);
  }

  static boolean isWhiteSpace(int cp) {
    if (cp >= 0x09 && cp <= 0x0D) return true;
    if (cp == 0x85 || cp == 0x200B || cp == 0xFEFF) return true;
    int type = Character.getType(cp);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String collapseWhiteSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhiteSpace(cp)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) out.append(' ');
      pendingSpace = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  // only Latin-script combining blocks: Thai, Lao, Khmer and Myanmar signs are letters of the name
  static boolean isDroppedMark(int cp) {
    return (cp >= 0x0300 && cp <= 0x036F)
        || (cp >= 0x1AB0 && cp <= 0x1AFF)
        || (cp >= 0x1DC0 && cp <= 0x1DFF)
        || (cp >= 0x20D0 && cp <= 0x20FF)
        || (cp >= 0xFE20 && cp <= 0xFE2F);
  }

  private static String dropLatinAccents(String decomposed) {
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isDroppedMark(cp)) continue;
      if (cp == 'Đ') cp = 'D';
      else if (cp == 'đ') cp = 'd';
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
