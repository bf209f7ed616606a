package org.mekong.mpm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.mpm.testing.Repo;

/**
 * The packages follow the data flow: no package depends, directly or through others, on one that
 * depends on it. Read from the import lines of the main sources (every cross-package reference in
 * this code base is imported; same-package and {@code java.*} references do not count).
 */
class PackageGraphTest {
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.mekong\\.mpm\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void thePackageGraphHasNoCycle() throws IOException {
    Map<String, Set<String>> graph = packageGraph(Repo.root().resolve("jobs/src/main/java/org/mekong/mpm"));
    assertThat(graph).containsKeys("extract", "stage", "journey", "indicators", "disclosure", "publish", "cli");
    assertThat(cycles(graph)).as("package cycles (each a set of packages that depend on each other)").isEmpty();
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph = new TreeMap<>(Map.of(
        "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
    assertThat(cycles(graph)).containsExactly(new TreeSet<>(List.of("a", "b", "c")));
  }

  @Test
  void onlyTheCommandLineMapsProblemsToExitStatuses() throws IOException {
    Path main = Repo.root().resolve("jobs/src/main/java/org/mekong/mpm");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = main.relativize(f).getName(0).toString();
        if (pkg.equals("cli")) continue;
        if (Files.readString(f).contains("org.mekong.mpm.cli.")) offenders.add(main.relativize(f).toString());
      }
    }
    assertThat(offenders).as("files outside cli that use the command line's classes").isEmpty();
  }

  static Map<String, Set<String>> packageGraph(Path root) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = root.relativize(f);
        if (rel.getNameCount() < 2) continue;
        String pkg = rel.getName(0).toString();
        Set<String> deps = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) if (!m.group(1).equals(pkg)) deps.add(m.group(1));
      }
    }
    return graph;
  }

  /** Strongly connected components of more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Tarjan t = new Tarjan(graph);
    for (String v : graph.keySet()) if (!t.index.containsKey(v)) t.visit(v);
    return t.components;
  }

  private static final class Tarjan {
    final Map<String, Set<String>> graph;
    final Map<String, Integer> index = new TreeMap<>();
    final Map<String, Integer> low = new TreeMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> onStack = new TreeSet<>();
    final List<Set<String>> components = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        Set<String> c = new TreeSet<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          c.add(w);
        } while (!w.equals(v));
        if (c.size() > 1) components.add(c);
      }
    }
  }
}
