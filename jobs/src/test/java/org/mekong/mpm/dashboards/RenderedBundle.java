package org.mekong.mpm.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A rendered bundle ZIP parsed the way Superset parses it: YAML 1.1 safe loading, one root folder dropped. */
final class RenderedBundle {
  final List<String> entryNames = new ArrayList<>();
  final Map<String, Object> byPath = new LinkedHashMap<>();
  final Map<String, String> textByPath = new LinkedHashMap<>();

  static RenderedBundle read(Path zip) throws IOException {
    RenderedBundle b = new RenderedBundle();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        b.entryNames.add(e.getName());
        String text = new String(z.readAllBytes(), StandardCharsets.UTF_8);
        int slash = e.getName().indexOf('/');
        String rel = slash < 0 ? "." : e.getName().substring(slash + 1);
        b.textByPath.put(rel, text);
        if (rel.endsWith(".yaml")) b.byPath.put(rel, yaml().load(text));
      }
    }
    return b;
  }

  // SafeConstructor resolves scalars like PyYAML's safe_load (YAML 1.1: unquoted timestamps, yes/no booleans)
  static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  Map<String, Object> metadata() {
    return map(byPath.get("metadata.yaml"));
  }

  List<Map<String, Object>> assets(String folder) {
    List<Map<String, Object>> out = new ArrayList<>();
    byPath.forEach((path, doc) -> {
      if (path.startsWith(folder + "/")) out.add(map(doc));
    });
    return out;
  }

  Map<String, Object> byUuid(String folder, Object uuid) {
    return assets(folder).stream().filter(a -> a.get("uuid").equals(uuid)).findFirst()
        .orElseThrow(() -> new AssertionError(folder + " has no uuid " + uuid));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }
}
