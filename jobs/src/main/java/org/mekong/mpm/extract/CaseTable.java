package org.mekong.mpm.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ToLongFunction;

/**
 * The case ids of cases.csv with what the later checks need per case, without keeping the ids:
 * an open-addressing table of 64-bit fingerprints of the ids, whose position is the case's slot,
 * and parallel primitive arrays indexed by slot (23 bytes a position; see
 * {@code docs/extract-validation.md} for the bounds).
 *
 * <p>Two ids with one fingerprint look like one id seen twice, so every fingerprint seen more than
 * once (a duplicate or a collision) is settled exactly by {@link #settle}, which reads cases.csv
 * again and keeps the ids of those fingerprints only; colliding ids get slots of their own.
 */
final class CaseTable {
  /** A strong 64-bit hash of the id: collisions are settled exactly, so strength only saves passes. */
  static final ToLongFunction<String> FINGERPRINT = CaseTable::murmur64;

  private static final byte MANY = 2;
  /** In {@code copies}: the fingerprint of several different ids; they live in {@link #exactSlots}. */
  private static final byte COLLIDING = -1;
  private static final long NO_TOKEN = 0;

  private final ToLongFunction<String> fingerprint;
  /** Fingerprint per table position, valid where copies != 0. */
  private long[] fp;
  private int mask;
  private int used;
  /** Table positions plus the slots of colliding ids after {@link #settle}. */
  private int size;
  /** Rows carrying the id (a valid id, whatever the rest of the row): 0, 1 or MANY; or COLLIDING. */
  private byte[] copies;
  /** Rows carrying the id that passed every other check: 0, 1 or MANY. */
  private byte[] okRows;
  private int[] line;
  private byte[] sex;
  /** Fingerprint of the person token of the first ok row, NO_TOKEN without one. */
  private long[] token;

  private final Map<String, Integer> exactSlots = new HashMap<>();
  private long duplicateRows;
  private boolean settled;

  /** A table expecting about {@code expectedIds} ids (it grows past them). */
  CaseTable(long expectedIds, ToLongFunction<String> fingerprint) {
    this.fingerprint = fingerprint;
    int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expectedIds * 4 / 3 + 1)) - 1) << 1;
    allocate(capacity);
  }

  /** Counts a row whose case_id passed its own check; returns its slot. */
  int addRow(String id) {
    if (settled) throw new IllegalStateException("the table is settled");
    if (used + 1 > mask - (mask >> 2)) rehash();
    long f = fingerprint.applyAsLong(id);
    int s = position(f);
    if (copies[s] == 0) {
      fp[s] = f;
      used++;
    }
    if (copies[s] < MANY) copies[s]++;
    return s;
  }

  /** Records the row that passed every own check (the accepted one unless the id repeats). */
  void markOk(int slot, long rowLine, int sexIndex, String personToken) {
    if (okRows[slot] == 0) {
      line[slot] = (int) rowLine;
      sex[slot] = (byte) sexIndex;
      token[slot] = tokenPrint(personToken);
    }
    if (okRows[slot] < MANY) okRows[slot]++;
  }

  /** Every well-formed cases.csv row again, for {@link #settle}: those whose case_id passed its check. */
  interface Replay {
    void forEach(RowVisitor visitor);
  }

  /** One cases.csv row with a valid case_id: whether it passed every check, its line, sex and token. */
  @FunctionalInterface
  interface RowVisitor {
    void row(String id, boolean ok, long line, int sexIndex, String personToken);
  }

  /** Whether some fingerprint was seen more than once, so that {@link #settle} must read the file again. */
  boolean needsSettling() {
    for (int s = 0; s <= mask; s++) if (copies[s] == MANY) return true;
    return false;
  }

  /**
   * Settles every fingerprint seen more than once from the exact ids of its rows: a duplicate id
   * stays one slot (its rows counted exactly), ids that only share a fingerprint get a slot each.
   * Call once, after the first pass, only if {@link #needsSettling}.
   */
  void settle(Replay replay) {
    settled = true;
    Map<String, int[]> exact = new LinkedHashMap<>(); // id -> {position, copies, okRows, line, sex}
    Map<String, String> tokens = new HashMap<>();
    replay.forEach((id, ok, rowLine, sexIndex, personToken) -> {
      int s = position(fingerprint.applyAsLong(id));
      if (copies[s] != MANY) return;
      int[] e = exact.computeIfAbsent(id, k -> new int[] {s, 0, 0, 0, 0});
      e[1]++;
      if (ok && e[2]++ == 0) {
        e[3] = (int) rowLine;
        e[4] = sexIndex;
        if (personToken != null) tokens.put(id, personToken);
      }
    });
    Map<Integer, Integer> idsAt = new HashMap<>();
    exact.values().forEach(e -> idsAt.merge(e[0], 1, Integer::sum));
    for (Map.Entry<String, int[]> x : exact.entrySet()) {
      int[] e = x.getValue();
      if (e[1] > 1) duplicateRows += e[2];
      if (idsAt.get(e[0]) == 1) continue; // a true duplicate: the first pass counted it right
      copies[e[0]] = COLLIDING;
      if (size == copies.length) grow(copies.length + Math.max(16, copies.length >> 3));
      int s = size++;
      exactSlots.put(x.getKey(), s);
      copies[s] = (byte) Math.min(MANY, e[1]);
      okRows[s] = (byte) Math.min(MANY, e[2]);
      line[s] = e[3];
      sex[s] = (byte) e[4];
      token[s] = tokenPrint(tokens.get(x.getKey()));
    }
  }

  /** Slot numbers run from 0 to size − 1; empty ones are neither accepted nor duplicated. */
  int size() {
    return size;
  }

  /** The slot of an accepted case with this id, else -1. */
  int acceptedSlot(String id) {
    int s = slot(id);
    return s >= 0 && accepted(s) ? s : -1;
  }

  boolean accepted(int slot) {
    return copies[slot] == 1 && okRows[slot] == 1;
  }

  boolean duplicated(String id) {
    int s = slot(id);
    return s >= 0 && copies[s] == MANY;
  }

  /** Rows that passed everything but share their id: all become DUPLICATE_CASE_ID. */
  long duplicateRows() {
    return duplicateRows;
  }

  long acceptedCount() {
    long n = 0;
    for (int s = 0; s < size; s++) if (accepted(s)) n++;
    return n;
  }

  long line(int slot) {
    return line[slot];
  }

  int sex(int slot) {
    return sex[slot];
  }

  /**
   * The accepted cases whose person token is carried by an accepted case of another sex. Tokens are
   * grouped by fingerprint; the groups that look mixed are checked again on the exact tokens.
   */
  void forEachTokenSexConflict(Replay replay, IntConsumer slotConsumer) {
    int withToken = 0;
    for (int s = 0; s < size; s++) if (accepted(s) && token[s] != NO_TOKEN) withToken++;
    TokenSexes byPrint = new TokenSexes(withToken);
    for (int s = 0; s < size; s++) if (accepted(s) && token[s] != NO_TOKEN) byPrint.add(token[s], sex[s]);
    List<Integer> suspects = new ArrayList<>();
    for (int s = 0; s < size; s++) {
      if (accepted(s) && token[s] != NO_TOKEN && Integer.bitCount(byPrint.sexes(token[s])) > 1) suspects.add(s);
    }
    if (suspects.isEmpty()) return;
    Map<Integer, String> tokenOf = new HashMap<>();
    Map<String, Integer> exactSexes = new HashMap<>();
    replay.forEach((id, ok, rowLine, sexIndex, personToken) -> {
      if (!ok || personToken == null || Integer.bitCount(byPrint.sexes(tokenPrint(personToken))) < 2) return;
      int s = acceptedSlot(id);
      if (s < 0) return;
      tokenOf.put(s, personToken);
      exactSexes.merge(personToken, 1 << sexIndex, (a, b) -> a | b);
    });
    for (int s : suspects) if (Integer.bitCount(exactSexes.get(tokenOf.get(s))) > 1) slotConsumer.accept(s);
  }

  /** Sexes seen per token fingerprint: a table sized once for at most {@code n} tokens. */
  private static final class TokenSexes {
    private final long[] keys;
    private final int[] sexes;
    private final int mask;

    TokenSexes(int n) {
      int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16L, n * 2L)) - 1) << 1;
      keys = new long[capacity];
      sexes = new int[capacity];
      mask = capacity - 1;
    }

    void add(long print, int sex) {
      int i = find(print);
      keys[i] = print;
      sexes[i] |= 1 << sex;
    }

    int sexes(long print) {
      return sexes[find(print)];
    }

    private int find(long print) {
      int i = (int) mix(print) & mask;
      while (keys[i] != NO_TOKEN && keys[i] != print) i = (i + 1) & mask;
      return i;
    }
  }

  private long tokenPrint(String personToken) {
    if (personToken == null) return NO_TOKEN;
    long f = fingerprint.applyAsLong(personToken);
    return f == NO_TOKEN ? 1 : f; // a token printing to the marker joins print 1; conflicts are rechecked exactly
  }

  private int slot(String id) {
    long f = fingerprint.applyAsLong(id);
    int s = position(f);
    if (copies[s] == 0) return -1;
    if (copies[s] == COLLIDING) return exactSlots.getOrDefault(id, -1);
    return s;
  }

  /** The position holding {@code f}, or the empty one where it would go (linear probing). */
  private int position(long f) {
    int i = (int) mix(f) & mask;
    while (copies[i] != 0 && fp[i] != f) i = (i + 1) & mask;
    return i;
  }

  private static long mix(long f) {
    return f ^ (f >>> 32);
  }

  private void allocate(int capacity) {
    fp = new long[capacity];
    mask = capacity - 1;
    size = capacity;
    copies = new byte[capacity];
    okRows = new byte[capacity];
    line = new int[capacity];
    sex = new byte[capacity];
    token = new long[capacity];
  }

  /** Doubles the table; every case moves with its data to its new position. */
  private void rehash() {
    long[] oldFp = fp;
    byte[] oldCopies = copies;
    byte[] oldOk = okRows;
    int[] oldLine = line;
    byte[] oldSex = sex;
    long[] oldToken = token;
    allocate(oldFp.length * 2);
    for (int i = 0; i < oldFp.length; i++) {
      if (oldCopies[i] == 0) continue;
      int s = position(oldFp[i]);
      fp[s] = oldFp[i];
      copies[s] = oldCopies[i];
      okRows[s] = oldOk[i];
      line[s] = oldLine[i];
      sex[s] = oldSex[i];
      token[s] = oldToken[i];
    }
  }

  /** Room for slots of colliding ids past the table (the table itself no longer changes). */
  private void grow(int n) {
    copies = Arrays.copyOf(copies, n);
    okRows = Arrays.copyOf(okRows, n);
    line = Arrays.copyOf(line, n);
    sex = Arrays.copyOf(sex, n);
    token = Arrays.copyOf(token, n);
  }

  /** MurmurHash3's 64-bit block mix and finaliser over the id's UTF-16 units, four to a block. */
  static long murmur64(String s) {
    final long c1 = 0x87c37b91114253d5L;
    final long c2 = 0x4cf5ad432745937fL;
    int n = s.length();
    long h = 0x9E3779B97F4A7C15L;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long k = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      h ^= Long.rotateLeft(k * c1, 31) * c2;
      h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
    }
    long k = 0;
    for (int shift = 0; i < n; i++, shift += 16) k |= (long) s.charAt(i) << shift;
    h ^= Long.rotateLeft(k * c1, 31) * c2;
    h ^= n;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53b2f3bL;
    h ^= h >>> 33;
    return h;
  }
}
