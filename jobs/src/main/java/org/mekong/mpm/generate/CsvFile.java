package org.mekong.mpm.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A CSV file written once, front to back, counting its data rows and hashing its bytes on the way. */
final class CsvFile implements AutoCloseable {
  private final MessageDigest sha256;
  private final OutputStream out;
  private long rows;

  CsvFile(Path path, List<String> header) throws IOException {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(path), sha256), 1 << 16);
    out.write((String.join(",", header) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  void write(String[] fields) throws IOException {
    out.write(CaseRows.line(fields).getBytes(StandardCharsets.UTF_8));
    rows++;
  }

  long rows() {
    return rows;
  }

  /** The SHA-256 of the file's bytes; valid after {@link #close()}. */
  String sha256() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
