package org.mekong.mpm.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File modes set explicitly, never left to the umask: the restricted tier owner-only (700 folders,
 * 600 files), the public tier readable by all and writable by the owner only (755, 644).
 */
public final class Modes {
  static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> PUBLIC_DIR = PosixFilePermissions.fromString("rwxr-xr-x");
  static final Set<PosixFilePermission> PUBLIC_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private Modes() {}

  /** A tree (a folder and everything under it, or one file) made owner-only. Links are left alone. */
  public static void ownerOnly(Path tree) throws IOException {
    apply(tree, OWNER_DIR, OWNER_FILE);
  }

  /** A tree made readable by everyone and writable by its owner only. Links are left alone. */
  public static void readableByAll(Path tree) throws IOException {
    apply(tree, PUBLIC_DIR, PUBLIC_FILE);
  }

  /** The modes of a tier's tree. */
  public static void forTier(Warehouse.Tier tier, Path tree) throws IOException {
    if (tier == Warehouse.Tier.RESTRICTED) {
      ownerOnly(tree);
    } else {
      readableByAll(tree);
    }
  }

  private static void apply(Path tree, Set<PosixFilePermission> dir, Set<PosixFilePermission> file)
      throws IOException {
    // Files.walk does not follow links; setPosixFilePermissions would, so links are skipped
    try (Stream<Path> s = Files.walk(tree)) {
      for (Path p : s.toList()) {
        if (Files.isSymbolicLink(p)) continue;
        Files.setPosixFilePermissions(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? dir : file);
      }
    }
  }

  /** One folder's own mode (not its contents). */
  static void folder(Path dir, boolean ownerOnly) throws IOException {
    Files.setPosixFilePermissions(dir, ownerOnly ? OWNER_DIR : PUBLIC_DIR);
  }
}
