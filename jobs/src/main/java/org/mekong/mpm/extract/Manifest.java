package org.mekong.mpm.extract;

import java.time.LocalDate;
import java.util.Map;

/** What manifest.json declares; a field that could not be read is null. */
record Manifest(
    String formatVersion,
    String reportingCountry,
    LocalDate extractDate,
    String linkageKeyId,
    Map<String, FileEntry> files) {

  /** The declared row count and checksum of one file. */
  record FileEntry(long rows, String sha256) {}
}
