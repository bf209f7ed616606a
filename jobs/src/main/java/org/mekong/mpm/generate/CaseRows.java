package org.mekong.mpm.generate;

import java.util.ArrayList;
import java.util.List;

/** Renders a case and its events as CSV fields in the format's column order; null becomes an empty field. */
final class CaseRows {
  final String[] caseRow;
  final List<String[]> eventRows = new ArrayList<>();

  CaseRows(String caseId, CaseRecord k) {
    caseRow = new String[] {caseId, k.token, k.sex, k.age == null ? null : k.age.toString(), k.ageUncertain,
        k.presumedChild, k.nationality, k.caseType, k.exploitationCountry, k.exploitationTypes, k.bilateralRef};
    for (Event e : k.events()) {
      eventRows.add(new String[] {caseId, e.type(), e.date().toString(), e.detail(), e.counterpart(), e.flags()});
    }
  }

  /** One line, LF-terminated; the generator never writes a value that needs quoting. */
  static String line(String[] fields) {
    StringBuilder b = new StringBuilder(96);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) b.append(',');
      if (fields[i] != null) b.append(fields[i]);
    }
    return b.append('\n').toString();
  }
}
