package org.mekong.mpm.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The accepted events reduced to what the order warnings need, in parallel primitive arrays
 * (about eleven bytes an event), plus per-case earliest dates of the events the rules refer to.
 */
final class EventTimeline {
  private static final int NONE = Integer.MAX_VALUE;

  private final int dayBase;
  private int size;
  private int[] slot = new int[4096];
  private int[] line = new int[4096];
  /** Days since {@code dayBase}: event dates are bounded below by the schema, so 16 bits suffice. */
  private char[] day = new char[4096];
  private byte[] type = new byte[4096];

  private final int[] eventsOfCase;
  private final int[] ruleType;
  private final int[] ruleRequires;
  /** Per rule, per case: the earliest date of the rule's required event type. */
  private final int[][] earliestRequired;
  private final int deathType;
  private final String deathDetail;
  private final int[] earliestDeath;

  EventTimeline(ExtractSchema schema, int cases, int dayBase) {
    this.dayBase = dayBase;
    eventsOfCase = new int[cases];
    List<ExtractSchema.OrderRule> rules = schema.orderRules();
    ruleType = new int[rules.size()];
    ruleRequires = new int[rules.size()];
    earliestRequired = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      ruleType[r] = schema.eventType(rules.get(r).eventType()).index();
      ruleRequires[r] = schema.eventType(rules.get(r).requires()).index();
      earliestRequired[r] = filled(cases);
    }
    deathType = schema.eventType(schema.deathEventType()).index();
    deathDetail = schema.deathDetail();
    earliestDeath = filled(cases);
  }

  void add(int caseSlot, long rowLine, int epochDay, EventType t, String detail) {
    if (size == slot.length) grow();
    slot[size] = caseSlot;
    line[size] = (int) rowLine;
    day[size] = (char) Math.max(0, Math.min(Character.MAX_VALUE, epochDay - dayBase));
    type[size] = (byte) t.index();
    size++;
    eventsOfCase[caseSlot]++;
    for (int r = 0; r < ruleRequires.length; r++) {
      if (t.index() == ruleRequires[r]) {
        earliestRequired[r][caseSlot] = Math.min(earliestRequired[r][caseSlot], epochDay);
      }
    }
    if (t.index() == deathType && deathDetail.equals(detail)) {
      earliestDeath[caseSlot] = Math.min(earliestDeath[caseSlot], epochDay);
    }
  }

  int eventsOf(int caseSlot) {
    return eventsOfCase[caseSlot];
  }

  /** Adds EVENT_ORDER and EVENT_AFTER_DEATH warnings, in file order. */
  void warn(IssueTally issues, String file) {
    for (int i = 0; i < size; i++) {
      int s = slot[i];
      int d = day[i] + dayBase;
      for (int r = 0; r < ruleType.length; r++) {
        if (type[i] == ruleType[r] && earliestRequired[r][s] > d) {
          issues.add(file, ReasonCode.EVENT_ORDER, line[i]);
          break;
        }
      }
      if (earliestDeath[s] != NONE && d > earliestDeath[s]) issues.add(file, ReasonCode.EVENT_AFTER_DEATH, line[i]);
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  private void grow() {
    int n = slot.length * 2;
    slot = Arrays.copyOf(slot, n);
    line = Arrays.copyOf(line, n);
    day = Arrays.copyOf(day, n);
    type = Arrays.copyOf(type, n);
  }
}
