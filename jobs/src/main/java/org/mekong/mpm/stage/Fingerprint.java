package org.mekong.mpm.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The identity of a submission's files: equal files, equal fingerprint; any change, a new one. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Path submissionDir) {
    try (Stream<Path> s = Files.list(submissionDir)) {
      // the files the validator reads: a symbolic link is never followed, so it is not part of the identity
      List<Path> files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
      MessageDigest all = sha256();
      for (Path f : files) {
        all.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        all.update((byte) 0);
        all.update(fileDigest(f));
      }
      return HexFormat.of().formatHex(all.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + submissionDir, e);
    }
  }

  private static byte[] fileDigest(Path f) throws IOException {
    MessageDigest d = sha256();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
      for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
    }
    return d.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
