package org.mekong.mpm.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A streaming, strict RFC 4180 reader over UTF-8 bytes. It hashes and validates every byte it
 * reads, keeps one record's bytes in a reused buffer and decodes a field only when asked.
 *
 * <p>A record that breaks the grammar (quote inside an unquoted field, text after a closing quote,
 * a quote never closed, a lone CR, an empty line) is returned with {@link #malformed()} set; the
 * reader resynchronises at the end of the physical line where the defect was seen.
 *
 * <p>Memory does not depend on the input: a record longer than {@link #MAX_RECORD_BYTES} (its
 * bytes from its first to its last, quotes and separators included, the line end not) is malformed
 * too; the reader stops buffering it and skips to the first line end outside quotes, counting quote
 * parity from where it stopped, so a 2 GB line costs no more than a short one.
 */
final class StrictCsvReader implements AutoCloseable {
  private static final int CHUNK = 1 << 18;
  /** Extract format 1.0.1: a record longer than 1 MiB is a MALFORMED_ROW. */
  static final int MAX_RECORD_BYTES = 1 << 20;

  private final InputStream in;
  private final MessageDigest digest;
  private final Utf8Validator utf8 = new Utf8Validator();
  private final byte[] buf = new byte[CHUNK + 4]; // room to put back a BOM-like prefix split over two reads
  private int pos;
  private int lim;
  /** The file offset of buf[0], and of the current record's first byte. */
  private long base;
  private long recordStart;
  private boolean eof;
  private boolean started;

  private byte[] rec = new byte[1024];
  private int recLen;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int fields;
  private boolean malformed;
  private long line = 1;
  private long recordLine;
  private long records;

  /** Reads from {@code in}; {@code digest} (may be null) sees every byte of the file, BOM included. */
  StrictCsvReader(InputStream in, MessageDigest digest) {
    this.in = in;
    this.digest = digest;
  }

  /** Advances to the next record; false at the end of the file. */
  boolean next() throws IOException {
    if (!started) skipBom();
    fields = 0;
    recLen = 0;
    malformed = false;
    int c = peek();
    if (c < 0) return false;
    recordLine = line;
    recordStart = base + pos;
    if (c == '\n' || c == '\r') return emptyLine(c);
    while (true) {
      if (fields == starts.length) growFields();
      starts[fields] = recLen;
      int end = peek() == '"' ? quotedField() : unquotedField();
      ends[fields] = recLen;
      fields++;
      if (end != ',') break;
    }
    records++;
    return true;
  }

  /** The physical line (header = 1) where the current record starts. */
  long line() {
    return recordLine;
  }

  /** Records returned so far, the header included. */
  long records() {
    return records;
  }

  boolean malformed() {
    return malformed;
  }

  /** The bytes this reader holds in its buffers, whatever it has read. */
  long heldBytes() {
    return buf.length + rec.length + 8L * starts.length;
  }

  int size() {
    return fields;
  }

  /** The decoded field, or null when it is empty (quoted or not). */
  String get(int i) {
    int s = starts[i];
    int len = ends[i] - s;
    return len == 0 ? null : new String(rec, s, len, StandardCharsets.UTF_8);
  }

  /** Reads the rest of the file into the digest only, after a defect that stops parsing. */
  void drain() throws IOException {
    pos = lim;
    int n;
    while ((n = in.read(buf, 0, buf.length)) >= 0) {
      if (digest != null && n > 0) digest.update(buf, 0, n);
    }
    eof = true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean emptyLine(int c) throws IOException {
    pos++;
    if (c == '\r') {
      if (peek() != '\n') {
        malformed = true;
        skipLine();
        records++;
        return true;
      }
      pos++;
    }
    line++;
    if (peek() < 0) return false; // the one empty line allowed at the very end
    malformed = true;
    records++;
    return true;
  }

  /** Returns ',' when another field follows, else '\n' (end of record, possibly EOF). */
  private int unquotedField() throws IOException {
    while (true) {
      int from = pos;
      int p = pos;
      final byte[] b = buf;
      final int l = lim;
      while (p < l) {
        byte x = b[p];
        if (x == ',' || x == '\n' || x == '\r' || x == '"') break;
        p++;
      }
      if (tooLong(p)) return overlong(p, false);
      append(b, from, p - from);
      pos = p;
      if (p == l) {
        if (!fill()) return '\n';
        continue;
      }
      byte x = b[p];
      pos++;
      if (x == ',') return ',';
      if (x == '\n') {
        line++;
        return '\n';
      }
      if (x == '\r') {
        if (peek() == '\n') {
          pos++;
          line++;
        } else {
          malformed = true;
          skipLine();
        }
        return '\n';
      }
      malformed = true; // a quote inside an unquoted field
      skipLine();
      return '\n';
    }
  }

  private int quotedField() throws IOException {
    pos++; // opening quote
    while (true) {
      if (pos == lim && !fill()) {
        malformed = true; // quote never closed
        return '\n';
      }
      int from = pos;
      int p = pos;
      final byte[] b = buf;
      final int l = lim;
      while (p < l && b[p] != '"') {
        if (b[p] == '\n') line++;
        p++;
      }
      if (tooLong(p)) return overlong(p, true);
      append(b, from, p - from);
      pos = p;
      if (p == l) continue;
      pos++; // a quote: escaped or closing
      int next = peek();
      if (next == '"') {
        pos++;
        if (tooLong(pos)) return overlong(pos, true);
        appendByte((byte) '"');
        continue;
      }
      if (tooLong(pos)) return overlong(pos, false);
      if (next < 0) return '\n';
      pos++;
      if (next == ',') return ',';
      if (next == '\n') {
        line++;
        return '\n';
      }
      if (next == '\r' && peek() == '\n') {
        pos++;
        line++;
        return '\n';
      }
      malformed = true; // text after a closing quote, or a lone CR
      skipLine();
      return '\n';
    }
  }

  /** True when the record's bytes before buf[p] exceed the limit. */
  private boolean tooLong(int p) {
    return base + p - recordStart > MAX_RECORD_BYTES;
  }

  /**
   * Marks the record malformed and skips, without buffering, to just after the first line end
   * outside quotes from buf[p] on, given whether buf[p] lies inside quotes.
   */
  private int overlong(int p, boolean inQuotes) throws IOException {
    malformed = true;
    pos = p;
    while (true) {
      if (pos == lim && !fill()) return '\n';
      byte x = buf[pos++];
      if (x == '"') {
        inQuotes = !inQuotes;
      } else if (x == '\n') {
        line++;
        if (!inQuotes) return '\n';
      }
    }
  }

  private void skipLine() throws IOException {
    while (true) {
      if (pos == lim && !fill()) return;
      byte x = buf[pos++];
      if (x == '\n') {
        line++;
        return;
      }
    }
  }

  private int peek() throws IOException {
    if (pos == lim && !fill()) return -1;
    return buf[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (eof) return false;
    int n;
    do {
      n = in.read(buf, 0, CHUNK);
    } while (n == 0);
    base += lim;
    if (n < 0) {
      eof = true;
      pos = lim = 0;
      if (!utf8.complete()) throw new EncodingInvalidException(line);
      return false;
    }
    if (digest != null) digest.update(buf, 0, n);
    int bad = utf8.feed(buf, 0, n);
    if (bad >= 0) throw new EncodingInvalidException(line + countNewlines(buf, 0, bad));
    pos = 0;
    lim = n;
    return true;
  }

  private void skipBom() throws IOException {
    started = true;
    if (peek() != 0xEF) return;
    // the BOM is three bytes; a short first read could split it, so collect them one by one
    byte[] head = new byte[3];
    int have = 0;
    while (have < 3 && peek() >= 0) head[have++] = buf[pos++];
    if (have == 3 && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) return;
    // not a BOM: an EF lead byte of some other character; put the bytes back in front
    byte[] rest = Arrays.copyOfRange(buf, pos, lim);
    System.arraycopy(head, 0, buf, 0, have);
    System.arraycopy(rest, 0, buf, have, rest.length);
    pos = 0;
    lim = have + rest.length;
  }

  private static long countNewlines(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) if (b[i] == '\n') n++;
    return n;
  }

  private void append(byte[] b, int from, int len) {
    if (len == 0) return;
    if (recLen + len > rec.length) {
      rec = Arrays.copyOf(rec, Math.max(Math.min(rec.length * 2, MAX_RECORD_BYTES), recLen + len));
    }
    System.arraycopy(b, from, rec, recLen, len);
    recLen += len;
  }

  private void appendByte(byte x) {
    if (recLen == rec.length) rec = Arrays.copyOf(rec, Math.min(rec.length * 2, MAX_RECORD_BYTES));
    rec[recLen++] = x;
  }

  private void growFields() {
    starts = Arrays.copyOf(starts, starts.length * 2);
    ends = Arrays.copyOf(ends, ends.length * 2);
  }
}
