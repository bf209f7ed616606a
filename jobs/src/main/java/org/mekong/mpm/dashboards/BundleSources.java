package org.mekong.mpm.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The YAML sources of the bundle by relative path, read from a directory or from the jar. */
final class BundleSources {
  static final String INDEX = "bundle-index.txt";
  static final String CLASSPATH_ROOT = "/dashboards/";

  private BundleSources() {}

  /** Every *.yaml under the directory, so a new file needs no other change while editing. */
  static TreeMap<String, String> fromDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("no bundle sources at " + dir);
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = relative(dir, p);
        if (rel.endsWith(".yaml")) files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** The files the index names; a jar cannot be listed, hence the index. */
  static TreeMap<String, String> fromClasspath() throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    for (String rel : index(read(INDEX))) files.put(rel, read(rel));
    return files;
  }

  static List<String> index(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
    }
    return out;
  }

  private static String read(String rel) throws IOException {
    try (InputStream in = BundleSources.class.getResourceAsStream(CLASSPATH_ROOT + rel)) {
      if (in == null) throw new IOException("bundle source " + CLASSPATH_ROOT + rel + " is missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String relative(Path dir, Path p) {
    List<String> names = new ArrayList<>();
    dir.relativize(p).forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }
}
