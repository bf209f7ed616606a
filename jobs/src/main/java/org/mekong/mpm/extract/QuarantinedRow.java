package org.mekong.mpm.extract;

import java.util.LinkedHashMap;

/**
 * A rejected row as the restricted tier keeps it: where it was, why, and only those of its fields
 * that passed their own checks (never the raw line; a malformed row keeps no field).
 */
public record QuarantinedRow(String file, long line, ReasonCode reason, LinkedHashMap<String, String> fields) {}
