package org.mekong.mpm.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a tier's {@code current} link is pointed at a release: a new link beside it, renamed over it
 * in one atomic step, so a reader sees the old release or the new one, never neither. Publication
 * takes it as a parameter so that tests can make a switch fail or pause.
 */
public interface LinkSwitch {
  /** Prefix of the link being prepared beside {@code current}; one left by a killed run is a leftover. */
  String NEXT_PREFIX = "current.next-";

  /** Points {@code link} at {@code target} (relative to the link's folder), atomically. */
  void point(Path link, Path target) throws IOException;

  /** Removes {@code link}: a tier goes back to having no release. */
  default void remove(Path link) throws IOException {
    Files.deleteIfExists(link);
  }

  /** The switch of every run: a new link renamed over the old one. */
  LinkSwitch ATOMIC_RENAME = (link, target) -> {
    Path next = link.resolveSibling(NEXT_PREFIX + target.getFileName());
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, target);
    Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  };
}
