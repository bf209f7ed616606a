package org.mekong.mpm.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts row rejections and warnings per file and code, keeping the five smallest line numbers. */
final class IssueTally {
  static final int EXAMPLES = 5;

  private final Map<String, EnumMap<ReasonCode, Counter>> byFile = new LinkedHashMap<>();

  private static final class Counter {
    long count;
    final long[] lines = new long[EXAMPLES];
    int n;

    void add(long line) {
      count++;
      if (n == EXAMPLES && line >= lines[EXAMPLES - 1]) return;
      int i = n < EXAMPLES ? n++ : EXAMPLES - 1;
      while (i > 0 && lines[i - 1] > line) {
        lines[i] = lines[i - 1];
        i--;
      }
      lines[i] = line;
    }
  }

  void add(String file, ReasonCode code, long line) {
    byFile.computeIfAbsent(file, f -> new EnumMap<>(ReasonCode.class))
        .computeIfAbsent(code, c -> new Counter())
        .add(line);
  }

  long count(String file, ReasonCode code) {
    EnumMap<ReasonCode, Counter> m = byFile.get(file);
    Counter c = m == null ? null : m.get(code);
    return c == null ? 0 : c.count;
  }

  /** Issues of the files in the order given, codes in table order. */
  List<ValidationResult.Issue> issues(List<String> files) {
    List<ValidationResult.Issue> out = new ArrayList<>();
    for (String file : files) {
      EnumMap<ReasonCode, Counter> m = byFile.get(file);
      if (m == null) continue;
      m.forEach((code, c) -> {
        List<Long> ex = new ArrayList<>(c.n);
        for (int i = 0; i < c.n; i++) ex.add(c.lines[i]);
        out.add(new ValidationResult.Issue(file, code, c.count, List.copyOf(ex)));
      });
    }
    return List.copyOf(out);
  }
}
