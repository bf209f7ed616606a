package org.mekong.mpm.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hostile cases of the bad-input corpus that cannot live as files in the repository (too big,
 * or symbolic links): each is built from the corpus's {@code valid} submission under a given root,
 * as {@code <root>/<case>/THA/2026-10-05/}, with a manifest that matches its files.
 */
public final class HostileSubmissions {
  /** Each built case and the reason code that rejects it. */
  public static final List<List<String>> CASES = List.of(
      List.of("record-over-1-mib", "TOO_MANY_REJECTED_ROWS"),
      List.of("manifest-over-1-mib", "MANIFEST_INVALID"),
      List.of("linked-manifest", "FILE_MISSING"),
      List.of("linked-cases", "FILE_MISSING"),
      List.of("linked-events", "FILE_MISSING"));

  /** A header name of the file the links point to: it must never reach a report. */
  public static final String SECRET_COLUMN = "secret_name_of_a_linked_file";

  private static final ObjectMapper JSON = new ObjectMapper();

  private HostileSubmissions() {}

  /** Builds every case under {@code root}; returns root. */
  public static Path buildAll(Path root) throws IOException {
    for (List<String> c : CASES) build(root, c.get(0));
    return root;
  }

  /** Builds one case under {@code root} and returns its submission folder. */
  public static Path build(Path root, String name) throws IOException {
    Path dir = root.resolve(name).resolve("THA").resolve("2026-10-05");
    copyValid(dir);
    switch (name) {
      case "record-over-1-mib" -> {
        // a header, then one 2 MiB line with no line end; events.csv holds its header only, so the
        // one malformed row is all the rows there are: rejected, TOO_MANY_REJECTED_ROWS
        try (OutputStream out = Files.newOutputStream(dir.resolve(ExtractSchema.CASES))) {
          out.write((String.join(",", ExtractSchema.load().caseColumns()) + "\n").getBytes(StandardCharsets.UTF_8));
          byte[] line = new byte[1 << 16];
          java.util.Arrays.fill(line, (byte) 'x');
          for (int i = 0; i < 32; i++) out.write(line);
        }
        Files.writeString(dir.resolve(ExtractSchema.EVENTS), String.join(",", ExtractSchema.load().eventColumns()) + "\n");
        writeManifest(dir, 1, 0);
      }
      case "manifest-over-1-mib" -> {
        ObjectNode m = (ObjectNode) JSON.readTree(dir.resolve(ExtractSchema.MANIFEST).toFile());
        m.put("padding", " ".repeat(ManifestReader.MAX_BYTES));
        JSON.writeValue(dir.resolve(ExtractSchema.MANIFEST).toFile(), m);
      }
      case "linked-manifest" -> link(dir, ExtractSchema.MANIFEST);
      case "linked-cases" -> link(dir, ExtractSchema.CASES);
      case "linked-events" -> link(dir, ExtractSchema.EVENTS);
      default -> throw new IllegalArgumentException("no hostile case " + name);
    }
    return dir;
  }

  /** Replaces {@code file} by a symbolic link to a copy outside the folder, with a header naming a secret. */
  private static void link(Path dir, String file) throws IOException {
    Path target = dir.getParent().getParent().resolve("outside-" + file);
    if (file.equals(ExtractSchema.MANIFEST)) {
      Files.copy(dir.resolve(file), target);
    } else {
      List<String> lines = Files.readAllLines(dir.resolve(file));
      lines.set(0, lines.get(0) + "," + SECRET_COLUMN);
      Files.write(target, lines);
    }
    Files.delete(dir.resolve(file));
    Files.createSymbolicLink(dir.resolve(file), target);
  }

  private static void copyValid(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(SubmissionValidatorTest.submission("valid"))) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName().toString()));
    }
  }

  private static void writeManifest(Path dir, long caseRows, long eventRows) throws IOException {
    ObjectNode m = (ObjectNode) JSON.readTree(dir.resolve(ExtractSchema.MANIFEST).toFile());
    ObjectNode files = (ObjectNode) m.get("files");
    files.set(ExtractSchema.CASES, entry(dir.resolve(ExtractSchema.CASES), caseRows));
    files.set(ExtractSchema.EVENTS, entry(dir.resolve(ExtractSchema.EVENTS), eventRows));
    JSON.writeValue(dir.resolve(ExtractSchema.MANIFEST).toFile(), m);
  }

  private static ObjectNode entry(Path file, long rows) throws IOException {
    ObjectNode e = JSON.createObjectNode();
    e.put("rows", rows);
    e.put("sha256", sha256(file));
    return e;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
