package org.mekong.mpm.dashboards;

import java.util.ArrayDeque;
import java.util.Deque;

/** The warehouse path as Superset sees it, checked so that it can sit inside YAML, SQL and a DuckDB list unescaped. */
final class WarehousePath {
  // quotes end the SQL/YAML string, braces start Jinja, brackets and commas break the allowed_directories list, * ? are globs
  private static final String FORBIDDEN = "'\"`\\{}[],*?";

  private WarehousePath() {}

  /** Returns the absolute, normalised path without a trailing slash, or throws IllegalArgumentException saying why. */
  static String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("--warehouse-path is empty: give the absolute path at which Superset sees the warehouse.");
    }
    for (char c : raw.toCharArray()) {
      if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
        throw new IllegalArgumentException("--warehouse-path must not contain quotes, backslashes, braces, brackets, commas,"
            + " glob characters or control characters (found " + describe(c) + "): mount the warehouse at a plain path such as /data/mpm.");
      }
    }
    if (!raw.startsWith("/")) {
      throw new IllegalArgumentException("--warehouse-path '" + raw + "' is not absolute: give the path Superset sees, such as /data/mpm.");
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : raw.split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) {
        if (parts.isEmpty()) throw new IllegalArgumentException("--warehouse-path '" + raw + "' climbs above the root.");
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("--warehouse-path cannot be the root folder: give the folder that holds marts/.");
    }
    return "/" + String.join("/", parts);
  }

  private static String describe(char c) {
    return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
