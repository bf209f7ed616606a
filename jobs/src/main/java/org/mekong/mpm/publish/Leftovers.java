package org.mekong.mpm.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.mekong.mpm.warehouse.Warehouse;

/**
 * What runs that failed or were killed left behind, removed by the next run once it holds the
 * lock (so no other run can be writing them): unfinished releases, links half made beside
 * {@code current}, and the work area (submission drafts with validated rows, Spark's scratch).
 */
public final class Leftovers {
  private Leftovers() {}

  /** Removes every leftover; returns what was removed, relative to the warehouse root, for the log. */
  public static List<String> remove(Warehouse w) throws IOException {
    List<String> removed = new ArrayList<>();
    Set<String> linked = w.linkedReleases();
    for (Warehouse.Tier t : Warehouse.Tier.values()) {
      for (String id : unfinished(w.releaseFolders(t), linked)) {
        delete(w, w.releases(t).resolve(id), removed);
      }
      for (Path p : children(w.tier(t))) {
        if (p.getFileName().toString().startsWith(LinkSwitch.NEXT_PREFIX)) delete(w, p, removed);
      }
    }
    for (Path p : children(w.work())) delete(w, p, removed);
    return removed;
  }

  /**
   * Release folders without a manifest (written last, by one rename) that no {@code current} names:
   * unfinished, never to be switched to. A release a link names is never one, manifest or not.
   */
  static List<String> unfinished(List<Warehouse.ReleaseFolder> releases, Set<String> linked) {
    return releases.stream().filter(r -> !r.complete() && !linked.contains(r.id()))
        .map(Warehouse.ReleaseFolder::id).sorted().toList();
  }

  private static void delete(Warehouse w, Path p, List<String> removed) throws IOException {
    Warehouse.deleteTree(p);
    removed.add(w.root().relativize(p).toString());
  }

  private static List<Path> children(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
