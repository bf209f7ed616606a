package org.mekong.mpm.testing;

import java.nio.file.Path;

/** Paths into the repository checkout, for tests that read schemas/, data-samples/ or dashboards/. */
public final class Repo {
  private Repo() {}

  public static Path root() {
    String p = System.getProperty("mpm.repo");
    return (p == null ? Path.of("..") : Path.of(p)).toAbsolutePath().normalize();
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }
}
