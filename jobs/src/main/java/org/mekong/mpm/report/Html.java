package org.mekong.mpm.report;

/** Escaping for text placed in HTML, and for JSON placed inside a script element. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  /** JSON text that cannot close its script element: every {@code <} becomes the JSON escape {@code \u003c}. */
  static String scriptJson(String json) {
    return json.replace("<", "\\u003c");
  }

  /** A script's source that cannot close its element early. */
  static String scriptSource(String js) {
    return js.replace("</script", "<\\/script");
  }
}
