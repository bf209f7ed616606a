package org.mekong.mpm.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The case ids of cases.csv with what the later checks need per case, in parallel primitive arrays
 * indexed by a slot number (first-seen order).
 */
final class CaseTable {
  private final Map<String, Integer> slots = new HashMap<>();
  private final Map<String, Integer> tokenGroups = new HashMap<>();
  private int size;
  /** Rows carrying the id (a valid id, whatever the rest of the row). */
  private int[] copies = new int[1024];
  /** Rows carrying the id that passed every other check. */
  private int[] okRows = new int[1024];
  private int[] line = new int[1024];
  private byte[] sex = new byte[1024];
  /** Group of equal person tokens, -1 without a token. */
  private int[] tokenGroup = new int[1024];

  /** Counts a row whose case_id passed its own check; returns its slot. */
  int addRow(String id) {
    Integer s = slots.get(id);
    if (s == null) {
      if (size == copies.length) grow();
      s = size++;
      slots.put(id, s);
      tokenGroup[s] = -1;
    }
    copies[s]++;
    return s;
  }

  /** Records the row that passed every own check (the accepted one unless the id repeats). */
  void markOk(int slot, long rowLine, int sexIndex, String token) {
    if (okRows[slot]++ == 0) {
      line[slot] = (int) rowLine;
      sex[slot] = (byte) sexIndex;
      if (token != null) {
        Integer g = tokenGroups.get(token);
        if (g == null) tokenGroups.put(token, g = tokenGroups.size());
        tokenGroup[slot] = g;
      }
    }
  }

  int size() {
    return size;
  }

  int tokenGroupCount() {
    return tokenGroups.size();
  }

  /** The slot of an accepted case with this id, else -1. */
  int acceptedSlot(String id) {
    Integer s = slots.get(id);
    return s != null && accepted(s) ? s : -1;
  }

  boolean accepted(int slot) {
    return copies[slot] == 1 && okRows[slot] == 1;
  }

  boolean duplicated(String id) {
    Integer s = slots.get(id);
    return s != null && copies[s] > 1;
  }

  /** Rows that passed everything but share their id: all become DUPLICATE_CASE_ID. */
  long duplicateRows() {
    long n = 0;
    for (int s = 0; s < size; s++) if (copies[s] > 1) n += okRows[s];
    return n;
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

  int tokenGroup(int slot) {
    return tokenGroup[slot];
  }

  private void grow() {
    int n = copies.length * 2;
    copies = Arrays.copyOf(copies, n);
    okRows = Arrays.copyOf(okRows, n);
    line = Arrays.copyOf(line, n);
    sex = Arrays.copyOf(sex, n);
    tokenGroup = Arrays.copyOf(tokenGroup, n);
  }
}
