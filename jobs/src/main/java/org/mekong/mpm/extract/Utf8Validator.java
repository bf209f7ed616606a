package org.mekong.mpm.extract;

/** Strict UTF-8 well-formedness (no overlongs, surrogates or code points above U+10FFFF), fed chunk by chunk. */
final class Utf8Validator {
  private int pending;
  private int lo = 0x80;
  private int hi = 0xBF;

  /** The index of the first invalid byte in {@code b[from, to)}, or -1 when all are valid so far. */
  int feed(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int x = b[i];
      if (pending == 0) {
        if (x >= 0) continue;
        x &= 0xFF;
        if (x >= 0xC2 && x <= 0xDF) expect(1, 0x80, 0xBF);
        else if (x == 0xE0) expect(2, 0xA0, 0xBF);
        else if ((x >= 0xE1 && x <= 0xEC) || x == 0xEE || x == 0xEF) expect(2, 0x80, 0xBF);
        else if (x == 0xED) expect(2, 0x80, 0x9F);
        else if (x == 0xF0) expect(3, 0x90, 0xBF);
        else if (x >= 0xF1 && x <= 0xF3) expect(3, 0x80, 0xBF);
        else if (x == 0xF4) expect(3, 0x80, 0x8F);
        else return i;
      } else {
        x &= 0xFF;
        if (x < lo || x > hi) return i;
        lo = 0x80;
        hi = 0xBF;
        pending--;
      }
    }
    return -1;
  }

  /** False when the input stopped inside a multi-byte sequence. */
  boolean complete() {
    return pending == 0;
  }

  private void expect(int n, int nextLo, int nextHi) {
    pending = n;
    lo = nextLo;
    hi = nextHi;
  }
}
