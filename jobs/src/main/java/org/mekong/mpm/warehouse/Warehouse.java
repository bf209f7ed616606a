package org.mekong.mpm.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

  /** A release's manifest, written last: a release folder without one is unfinished. */
  public static final String MANIFEST = "manifest.json";

  /**
   * Opens (creating if needed) the warehouse at {@code root}. Its folders get their modes whatever
   * the umask: the root and the public tier 755, the restricted tier 700. A new warehouse gets its
   * lock file, which nothing removes afterwards (see {@link RunLock}).
   */
  public static Warehouse open(Path root) {
    Warehouse w = new Warehouse(root.toAbsolutePath().normalize());
    try {
      boolean created = !Files.exists(w.tier(Tier.RESTRICTED), LinkOption.NOFOLLOW_LINKS);
      Files.createDirectories(w.root);
      Modes.folder(w.root, false);
      if (created) RunLock.createLockFile(w);
      for (Path p : List.of(w.tier(Tier.PUBLIC), w.releases(Tier.PUBLIC))) {
        Files.createDirectories(p);
        Modes.folder(p, false);
      }
      for (Path p : List.of(w.tier(Tier.RESTRICTED), w.releases(Tier.RESTRICTED), w.submissions(), w.work())) {
        Files.createDirectories(p);
        Modes.folder(p, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the warehouse at " + root, e);
    }
    return w;
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

  /** Spark's local folders of an embedded run (shuffle and spill files hold case-level rows). */
  public Path sparkScratch() {
    return work().resolve("spark");
  }

  /** A release folder of one tier: its run id (which sorts by time) and whether its manifest is written. */
  public record ReleaseFolder(String id, boolean complete) {}

  /** A tier's release folders, each with whether its manifest is written. */
  public List<ReleaseFolder> releaseFolders(Tier t) throws IOException {
    try (Stream<Path> s = Files.list(releases(t))) {
      return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted()
          .map(p -> new ReleaseFolder(p.getFileName().toString(),
              Files.isRegularFile(p.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)))
          .toList();
    }
  }

  /** The run ids that either tier's {@code current} names. */
  public Set<String> linkedReleases() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Tier t : Tier.values()) {
      String id = linkedRelease(t);
      if (id != null) ids.add(id);
    }
    return ids;
  }

  /** The run id a tier's {@code current} names, or null when the tier has no release yet. */
  public String linkedRelease(Tier t) throws IOException {
    Path link = current(t);
    if (!Files.isSymbolicLink(link)) return null;
    Path target = Files.readSymbolicLink(link).getFileName();
    return target == null ? null : target.toString();
  }

  /** Created once with the warehouse, never removed: see {@link RunLock}. */
  Path lockFile() {
    return root.resolve(".mpm.lock");
  }
}
