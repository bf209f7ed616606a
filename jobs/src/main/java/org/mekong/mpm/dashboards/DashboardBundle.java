package org.mekong.mpm.dashboards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders the Superset v1 import bundle: the sources under {@code dashboards/} with the warehouse path filled in,
 * zipped under one top-level folder as Superset's importer expects.
 */
public final class DashboardBundle {
  /** Stands for the warehouse path in the sources. */
  public static final String PLACEHOLDER = "{{WAREHOUSE_PATH}}";
  /** The single top-level folder of the ZIP; Superset drops the first path component of every entry. */
  public static final String ROOT = "mpm_dashboards";
  // a fixed entry time keeps the ZIP byte-identical from one render to the next
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  private DashboardBundle() {}

  /** Renders from a sources directory (the repository's {@code dashboards/}). */
  public static void render(Path sourcesDir, String warehousePath, Path outZip) throws IOException {
    write(BundleSources.fromDirectory(sourcesDir), WarehousePath.normalise(warehousePath), outZip);
  }

  /** Renders from the copy of {@code dashboards/} on the classpath (the jar). */
  public static void render(String warehousePath, Path outZip) throws IOException {
    write(BundleSources.fromClasspath(), WarehousePath.normalise(warehousePath), outZip);
  }

  /** The absolute, normalised form the bundle will carry; IllegalArgumentException if Superset could not use it. */
  public static String normaliseWarehousePath(String warehousePath) {
    return WarehousePath.normalise(warehousePath);
  }

  private static void write(SortedMap<String, String> sources, String warehouse, Path outZip) throws IOException {
    if (!sources.containsKey("metadata.yaml")) throw new IOException("the bundle sources have no metadata.yaml");
    Path target = outZip.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".mpm-dashboards-", ".zip.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, String> e : sources.entrySet()) {
          ZipEntry entry = new ZipEntry(ROOT + "/" + e.getKey());
          entry.setTimeLocal(ENTRY_TIME);
          zip.putNextEntry(entry);
          zip.write(substitute(e.getKey(), e.getValue(), warehouse).getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      // a half-written bundle never sits under the requested name
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static String substitute(String name, String text, String warehouse) throws IOException {
    String out = text.replace(PLACEHOLDER, warehouse);
    // YAML comments may mention the placeholder; any left in data means a typo in the sources
    for (String line : out.split("\n")) {
      if (line.contains("{{") && !line.stripLeading().startsWith("#")) {
        throw new IOException("bundle source " + name + " has an unknown template: " + line.strip());
      }
    }
    return out;
  }
}
