package org.mekong.mpm.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The warehouse's layout. Public marts under {@code marts/}, everything case-level under
 * {@code restricted/} (owner-only). Each tier keeps its releases and a {@code current} link.
 */
public final class Warehouse {
  public enum Tier {
    PUBLIC("marts"), RESTRICTED("restricted");

    final String folder;

    Tier(String folder) {
      this.folder = folder;
    }
  }

  private final Path root;

  private Warehouse(Path root) {
    this.root = root;
  }

  /** Opens (creating if needed) the warehouse at {@code root}, with the restricted tier at mode 700. */
  public static Warehouse open(Path root) {
    Warehouse w = new Warehouse(root.toAbsolutePath().normalize());
    try {
      Files.createDirectories(w.releases(Tier.PUBLIC));
      Files.createDirectories(w.tier(Tier.RESTRICTED));
      ownerOnly(w.tier(Tier.RESTRICTED));
      Files.createDirectories(w.releases(Tier.RESTRICTED));
      Files.createDirectories(w.submissions());
      Files.createDirectories(w.work());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the warehouse at " + root, e);
    }
    return w;
  }

  static void ownerOnly(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
  }

  public Path root() {
    return root;
  }

  public Path tier(Tier t) {
    return root.resolve(t.folder);
  }

  public Path releases(Tier t) {
    return tier(t).resolve("releases");
  }

  /** What readers read: a symbolic link to one release. */
  public Path current(Tier t) {
    return tier(t).resolve("current");
  }

  /** Accepted submissions' staged tables and every submission's record. */
  public Path submissions() {
    return tier(Tier.RESTRICTED).resolve("submissions");
  }

  /** Scratch space of runs in progress (restricted: it holds validated rows). */
  public Path work() {
    return tier(Tier.RESTRICTED).resolve("work");
  }

  /** Removes a folder and everything under it; nothing when it does not exist. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }

  Path lockFile() {
    return root.resolve(".mpm.lock");
  }
}
