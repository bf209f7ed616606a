package org.mekong.mpm.report;

import java.nio.file.Path;

/** The warehouse has no published tier, or its published tier lacks a mart every release has. */
public final class MissingMart extends RuntimeException {
  MissingMart(Path current, String mart) {
    super(mart == null ? "no published marts at " + current
        : "the published tier " + current + " has no " + mart + " mart");
  }
}
