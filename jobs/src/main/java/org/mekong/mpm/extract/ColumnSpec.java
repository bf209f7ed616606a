package org.mekong.mpm.extract;

import java.util.Set;

/** One column of a file, as the schema declares it. */
record ColumnSpec(
    String name,
    ColumnType type,
    boolean required,
    CharClassPattern pattern,
    int min,
    int max,
    Set<String> codes,
    Set<String> extraCodes,
    boolean multiValued,
    int minEpochDay) {}
