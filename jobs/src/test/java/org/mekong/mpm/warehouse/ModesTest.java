package org.mekong.mpm.warehouse;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.mpm.publish.MartSchemas;
import org.mekong.mpm.publish.Publication;
import org.mekong.mpm.warehouse.Warehouse.Tier;

/**
 * Modes are set, not inherited from the umask. The JVM cannot change its umask, so the files here
 * are made with the modes a wide (000) or narrow (077) umask would give, and must come out right.
 */
class ModesTest {
  @TempDir Path dir;

  static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static Path make(Path p, String mode) throws IOException {
    if (p.getFileName().toString().contains(".")) {
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    } else {
      Files.createDirectories(p);
    }
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    return p;
  }

  @Test
  void publicTreesBecome755And644AndRestrictedOnes700And600() throws IOException {
    Path pub = make(dir.resolve("pub"), "rwx------");
    make(pub.resolve("indicator_values"), "rwxrwxrwx");
    Path part = make(pub.resolve("indicator_values/part-0.parquet"), "rw-------");
    Path res = make(dir.resolve("res"), "rwxrwxrwx");
    Path staged = make(res.resolve("cases/part-0.parquet"), "rw-rw-rw-");
    Path outside = make(dir.resolve("outside.txt"), "rw-rw-rw-");
    Files.createSymbolicLink(res.resolve("link"), outside);

    Modes.forTier(Tier.PUBLIC, pub);
    Modes.forTier(Tier.RESTRICTED, res);

    assertThat(mode(pub)).isEqualTo("rwxr-xr-x");
    assertThat(mode(pub.resolve("indicator_values"))).isEqualTo("rwxr-xr-x");
    assertThat(mode(part)).isEqualTo("rw-r--r--");
    assertThat(mode(res)).isEqualTo("rwx------");
    assertThat(mode(res.resolve("cases"))).isEqualTo("rwx------");
    assertThat(mode(staged)).isEqualTo("rw-------");
    assertThat(mode(outside)).as("a link's target is not touched").isEqualTo("rw-rw-rw-");
  }

  @Test
  void openingAWarehouseCorrectsTheModesOfItsFolders() throws IOException {
    Path root = make(dir.resolve("wh"), "rwxrwxrwx");
    make(root.resolve("marts"), "rwx------");
    make(root.resolve("marts/releases"), "rwxrwxrwx");
    make(root.resolve("restricted"), "rwxrwxrwx");
    make(root.resolve("restricted/work"), "rwxrwxrwx");

    Warehouse w = Warehouse.open(root);

    assertThat(mode(root)).isEqualTo("rwxr-xr-x");
    assertThat(mode(w.tier(Tier.PUBLIC))).isEqualTo("rwxr-xr-x");
    assertThat(mode(w.releases(Tier.PUBLIC))).isEqualTo("rwxr-xr-x");
    for (Path p : new Path[] {w.tier(Tier.RESTRICTED), w.releases(Tier.RESTRICTED), w.submissions(), w.work()}) {
      assertThat(mode(p)).as(p.toString()).isEqualTo("rwx------");
    }
  }

  @Test
  void aReleaseGetsItsTiersModesFromTheStart() throws IOException {
    Warehouse w = Warehouse.open(dir.resolve("wh"));
    Publication p = new Publication(w, "r1", MartSchemas.load());
    p.writeManifest("{}");

    assertThat(mode(w.releases(Tier.PUBLIC).resolve("r1"))).isEqualTo("rwxr-xr-x");
    assertThat(mode(w.releases(Tier.PUBLIC).resolve("r1/manifest.json"))).isEqualTo("rw-r--r--");
    assertThat(mode(w.releases(Tier.RESTRICTED).resolve("r1"))).isEqualTo("rwx------");
    assertThat(mode(w.releases(Tier.RESTRICTED).resolve("r1/manifest.json"))).isEqualTo("rw-------");
  }
}
