package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** The case-id table keeps fingerprints only and settles every repeated fingerprint on the exact ids. */
class CaseTableTest {
  /** Ids starting with "A" (and tokens starting with "T") all share one fingerprint. */
  private static final ToLongFunction<String> WEAK =
      s -> s.startsWith("A") || s.startsWith("T") ? 7 : CaseTable.murmur64(s);

  /** One cases.csv row with a valid id: ok = passed every check. */
  private record CaseRow(String id, boolean ok, long line, int sex, String token) {}

  private static CaseTable load(List<CaseRow> rows) {
    CaseTable t = new CaseTable(0, WEAK);
    for (CaseRow r : rows) {
      int s = t.addRow(r.id());
      if (r.ok()) t.markOk(s, r.line(), r.sex(), r.token());
    }
    if (t.needsSettling()) t.settle(replay(rows));
    return t;
  }

  private static CaseTable.Replay replay(List<CaseRow> rows) {
    return v -> rows.forEach(r -> v.row(r.id(), r.ok(), r.line(), r.sex(), r.token()));
  }

  @Test
  void idsSharingAFingerprintStayApartAndDuplicatesAreCountedExactly() {
    List<CaseRow> rows = List.of(
        new CaseRow("A1", true, 2, 0, null),
        new CaseRow("A2", true, 3, 1, null),
        new CaseRow("A3", true, 4, 0, null),
        new CaseRow("A3", true, 5, 0, null),
        new CaseRow("A3", false, 6, 0, null), // carries the id, failed another check
        new CaseRow("B1", true, 7, 0, null),
        new CaseRow("B2", true, 8, 0, null),
        new CaseRow("B2", true, 9, 0, null));
    CaseTable t = load(rows);

    int a1 = t.acceptedSlot("A1");
    int a2 = t.acceptedSlot("A2");
    assertThat(a1).isNotNegative();
    assertThat(a2).isNotNegative().isNotEqualTo(a1);
    assertThat(t.line(a1)).isEqualTo(2);
    assertThat(t.line(a2)).isEqualTo(3);
    assertThat(t.sex(a2)).isEqualTo(1);
    assertThat(t.acceptedSlot("A3")).isEqualTo(-1);
    assertThat(t.duplicated("A3")).isTrue();
    assertThat(t.duplicated("A1")).isFalse();
    assertThat(t.duplicated("B2")).isTrue();
    // an id absent from cases.csv but with a colliding fingerprint is not found
    assertThat(t.acceptedSlot("A9")).isEqualTo(-1);
    assertThat(t.acceptedSlot("C1")).isEqualTo(-1);
    // A3: two ok rows, B2: two ok rows; A3's failed row is rejected for its own reason
    assertThat(t.duplicateRows()).isEqualTo(4);
    assertThat(t.acceptedCount()).isEqualTo(3); // A1, A2, B1
  }

  @Test
  void withoutRepeatedFingerprintsNothingIsReadAgain() {
    List<CaseRow> rows = new ArrayList<>();
    for (int i = 0; i < 5000; i++) rows.add(new CaseRow("K" + i, true, i + 2, i % 2, null));
    CaseTable t = new CaseTable(0, CaseTable.FINGERPRINT); // grows from the smallest table
    for (CaseRow r : rows) t.markOk(t.addRow(r.id()), r.line(), r.sex(), r.token());
    assertThat(t.needsSettling()).isFalse();
    Set<Integer> slots = new HashSet<>();
    for (CaseRow r : rows) {
      int s = t.acceptedSlot(r.id());
      assertThat(t.line(s)).isEqualTo(r.line());
      slots.add(s);
    }
    assertThat(slots).hasSize(5000);
    assertThat(t.acceptedCount()).isEqualTo(5000);
    assertThat(t.duplicateRows()).isZero();
  }

  @Test
  void tokenSexConflictsAreJudgedOnTheExactTokens() {
    List<CaseRow> rows = List.of(
        new CaseRow("B1", true, 2, 0, "T1"),
        new CaseRow("B2", true, 3, 1, "T2"),  // another token with the same fingerprint: no conflict
        new CaseRow("B3", true, 4, 0, "U1"),
        new CaseRow("B4", true, 5, 1, "U1"),  // same token, other sex: both warned
        new CaseRow("B5", true, 6, 1, "T2"));
    CaseTable t = load(rows);
    List<Long> warned = new ArrayList<>();
    t.forEachTokenSexConflict(replay(rows), s -> warned.add(t.line(s)));
    assertThat(warned).containsExactlyInAnyOrder(4L, 5L);
  }
}
