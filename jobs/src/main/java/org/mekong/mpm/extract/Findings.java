package org.mekong.mpm.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Submission-level defects, collected in the order found and ranked by the code table. */
final class Findings {
  private final List<ValidationResult.Finding> list = new ArrayList<>();

  void add(ReasonCode code, String message) {
    list.add(new ValidationResult.Finding(code, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  boolean has(ReasonCode code) {
    for (ValidationResult.Finding f : list) if (f.code() == code) return true;
    return false;
  }

  /** The submission's reason: the first applicable code of the table, or null. */
  ReasonCode first() {
    return list.stream().map(ValidationResult.Finding::code).min(Comparator.naturalOrder()).orElse(null);
  }

  /** All findings, the deciding one first, then table order (stable within a code). */
  List<ValidationResult.Finding> sorted() {
    List<ValidationResult.Finding> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(ValidationResult.Finding::code));
    return List.copyOf(out);
  }
}
