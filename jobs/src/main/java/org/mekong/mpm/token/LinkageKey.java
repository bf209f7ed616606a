package org.mekong.mpm.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.mekong.mpm.problem.Problem;

/** Reads the regional linkage key file; its content never appears in a message. */
public final class LinkageKey {
  private static final Pattern HEX64 = Pattern.compile("[0-9A-Fa-f]{64}");

  private LinkageKey() {}

  /** The 32 key bytes of a file holding 64 hex characters, surrounding white space ignored. */
  public static byte[] readHexFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "key file " + file + " does not exist; pass the regional linkage key file with --key-file.");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "key file " + file + " is not 64 hex characters; check that it holds only the regional linkage key.");
    } catch (IOException e) {
      throw new Problem(Problem.Kind.FAILED, "cannot read key file " + file + " (" + e.getClass().getSimpleName() + "); check its permissions.");
    }
    String hex = text.strip();
    if (!HEX64.matcher(hex).matches()) {
      throw new Problem(Problem.Kind.BAD_REQUEST, "key file " + file + " must hold exactly 64 hex characters (32 bytes), found "
          + hex.length() + " characters; check that it holds only the regional linkage key.");
    }
    return HexFormat.of().parseHex(hex);
  }
}
