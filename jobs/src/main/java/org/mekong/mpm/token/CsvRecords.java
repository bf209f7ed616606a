package org.mekong.mpm.token;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader that also reports the physical line each record starts on. */
final class CsvRecords {

  /** One record: its fields, its first physical line, and whether its quoting was broken. */
  record Row(List<String> fields, int line, boolean malformed) {}

  private final Reader in;
  private int line = 1;
  private int peeked = -2;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The next record, or null at the end; one empty line at the very end is not a record. */
  Row next() {
    int c = read();
    if (c == -1) return null;
    if (c == '\uFEFF' && line == 1) c = read();
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean malformed = false;
    boolean quoted = false;
    boolean afterQuote = false;
    while (true) {
      if (quoted) {
        if (c == -1) return new Row(add(fields, field), start, true);
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') line++;
          field.append((char) c);
        }
      } else if (c == -1 || c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') read();
        if (c != -1) line++;
        add(fields, field);
        boolean empty = fields.size() == 1 && fields.get(0).isEmpty() && !afterQuote;
        if (empty && peek() == -1) return null;
        return new Row(fields, start, malformed || empty);
      } else if (c == ',') {
        add(fields, field);
        field.setLength(0);
        afterQuote = false;
      } else if (c == '"') {
        if (field.length() == 0 && !afterQuote) quoted = true;
        else malformed = true;
      } else {
        if (afterQuote) malformed = true;
        field.append((char) c);
      }
      c = read();
    }
  }

  private static List<String> add(List<String> fields, StringBuilder field) {
    fields.add(field.toString());
    return fields;
  }

  private int peek() {
    if (peeked == -2) peeked = rawRead();
    return peeked;
  }

  private int read() {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return rawRead();
  }

  private int rawRead() {
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
