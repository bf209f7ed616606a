package org.mekong.mpm.extract;

/** How a column's own check works; named after the schema file's {@code type}. */
enum ColumnType {
  TEXT("text"),
  INTEGER("integer"),
  CODE("code"),
  COUNTRY("country"),
  DATE("date"),
  EVENT_TYPE("event_type"),
  DETAIL("detail"),
  COUNTERPART("counterpart");

  final String schemaName;

  ColumnType(String schemaName) {
    this.schemaName = schemaName;
  }

  static ColumnType fromSchema(String name) {
    for (ColumnType t : values()) {
      if (t.schemaName.equals(name)) return t;
    }
    throw new IllegalArgumentException("unknown column type in extract schema: " + name);
  }
}
