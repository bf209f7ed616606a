package org.mekong.mpm.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictCsvReaderTest {

  /** Each record as "line:fields" or "line:MALFORMED". */
  static List<String> read(byte[] bytes) throws IOException {
    return read(new ByteArrayInputStream(bytes));
  }

  static List<String> read(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (StrictCsvReader r = new StrictCsvReader(in, null)) {
      while (r.next()) {
        if (r.malformed()) {
          out.add(r.line() + ":MALFORMED");
          continue;
        }
        String[] f = new String[r.size()];
        for (int i = 0; i < f.length; i++) f[i] = r.get(i);
        out.add(r.line() + ":" + Arrays.toString(f));
      }
    }
    return out;
  }

  static List<String> read(String s) throws IOException {
    return read(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsQuotedFieldsWithEscapedQuotesCommasAndNewlines() throws IOException {
    assertThat(read("a,b\n\"x,\"\"y\"\"\",\"two\nlines\"\nc,d\n"))
        .containsExactly("1:[a, b]", "2:[x,\"y\", two\nlines]", "4:[c, d]");
  }

  @Test
  void treatsEmptyAndQuotedEmptyFieldsAsNull() throws IOException {
    assertThat(read("a,b,c\n,\"\",x\n")).containsExactly("1:[a, b, c]", "2:[null, null, x]");
  }

  @Test
  void acceptsCrlfAndAMissingFinalNewline() throws IOException {
    assertThat(read("a,b\r\n1,2\r\n3,4")).containsExactly("1:[a, b]", "2:[1, 2]", "3:[3, 4]");
  }

  @Test
  void skipsALeadingBomOnly() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
    assertThat(read(bom)).containsExactly("1:[a]");
    assertThat(read("é,\uFEFF\n")).containsExactly("1:[é, \uFEFF]");
  }

  @Test
  void skipsABomSplitOverTwoReads() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    assertThat(read(trickle)).containsExactly("1:[a]");
  }

  @Test
  void marksAQuoteInsideAnUnquotedFieldAndResumesOnTheNextLine() throws IOException {
    assertThat(read("a,b\nx\"y,z\n1,2\n")).containsExactly("1:[a, b]", "2:MALFORMED", "3:[1, 2]");
  }

  @Test
  void marksTextAfterAClosingQuote() throws IOException {
    assertThat(read("a,b\n\"x\"y,z\n1,2\n")).containsExactly("1:[a, b]", "2:MALFORMED", "3:[1, 2]");
  }

  @Test
  void reportsAnUnclosedQuoteAtItsFirstLineAndSwallowsTheRest() throws IOException {
    assertThat(read("a,b\n1,\"open\n3,4\n")).containsExactly("1:[a, b]", "2:MALFORMED");
  }

  @Test
  void ignoresOneEmptyLineAtTheVeryEndOnly() throws IOException {
    assertThat(read("a\n1\n\n")).containsExactly("1:[a]", "2:[1]");
    assertThat(read("a\n1\r\n\r\n")).containsExactly("1:[a]", "2:[1]");
    assertThat(read("a\n1\n\n\n")).containsExactly("1:[a]", "2:[1]", "3:MALFORMED");
    assertThat(read("a\n\n1\n")).containsExactly("1:[a]", "2:MALFORMED", "3:[1]");
  }

  @Test
  void marksALoneCarriageReturn() throws IOException {
    assertThat(read("a,b\n1\r2,3\n4,5\n")).containsExactly("1:[a, b]", "2:MALFORMED", "3:[4, 5]");
  }

  @Test
  void keepsTheFieldCountForTheCallerToJudge() throws IOException {
    assertThat(read("a,b\n1,2,3\n1,\n")).containsExactly("1:[a, b]", "2:[1, 2, 3]", "3:[1, null]");
  }

  @Test
  void countsLinesAcrossQuotedCrlf() throws IOException {
    assertThat(read("a\r\n\"x\r\ny\"\r\nz\r\n")).containsExactly("1:[a]", "2:[x\r\ny]", "4:[z]");
  }

  @Test
  void rejectsMalformedUtf8WithItsLine() {
    byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(EncodingInvalidException.class).hasMessageContaining("line 3");
  }

  @Test
  void rejectsOverlongsSurrogatesAndTruncatedSequences() {
    for (byte[] bad : List.of(
        new byte[] {(byte) 0xC0, (byte) 0x80},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {'a', (byte) 0xE2, (byte) 0x82})) {
      assertThatThrownBy(() -> read(bad)).isInstanceOf(EncodingInvalidException.class);
    }
  }

  @Test
  void decodesThaiKhmerAndFourByteCharacters() throws IOException {
    assertThat(read("สมชาย,សុខ,😀\n")).containsExactly("1:[สมชาย, សុខ, 😀]");
  }

  @Test
  void readsRecordsLongerThanItsChunk() throws IOException {
    String big = "x".repeat(400_000);
    assertThat(read("a,b\n" + big + ",\"" + big + "\"\n1,2\n"))
        .containsExactly("1:[a, b]", "2:[" + big + ", " + big + "]", "3:[1, 2]");
  }

  /** {@code head}, then {@code size} bytes of {@code fill} made up as they are read, then {@code tail}. */
  static InputStream generated(String head, long size, byte fill, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = h.length + size + t.length;
        if (at >= total) return -1;
        int n = (int) Math.min(len, total - at);
        for (int i = 0; i < n; i++, at++) {
          b[off + i] = at < h.length ? h[(int) at] : at < h.length + size ? fill : t[(int) (at - h.length - size)];
        }
        return n;
      }
    };
  }

  @Test
  void marksARecordLongerThanOneMebibyteAndResumesAfterItsLineInBoundedMemory() throws IOException {
    List<String> records = new ArrayList<>();
    long held;
    try (StrictCsvReader r = new StrictCsvReader(generated("a,b\n", 64L << 20, (byte) 'x', "\n1,2\n"), null)) {
      while (r.next()) records.add(r.line() + ":" + (r.malformed() ? "MALFORMED" : r.get(0)));
      held = r.heldBytes();
    }

    assertThat(records).containsExactly("1:a", "2:MALFORMED", "3:1");
    assertThat(held).isLessThan(StrictCsvReader.MAX_RECORD_BYTES + (1 << 19));
  }

  @Test
  void countsTheRecordLimitInBytesWithQuotesIncluded() throws IOException {
    int max = StrictCsvReader.MAX_RECORD_BYTES;
    String fits = "\"" + "y".repeat(max - 4) + "\",z"; // exactly the limit: two quotes, a comma and z
    String over = "\"" + "y".repeat(max - 3) + "\",z";
    assertThat(read("a,b\n" + fits + "\r\n1,2\n")).hasSize(3).element(1).asString().startsWith("2:[yyy");
    assertThat(read("a,b\n" + over + "\r\n1,2\n")).containsExactly("1:[a, b]", "2:MALFORMED", "3:[1, 2]");
    assertThat(read("a,b\n" + "é".repeat(max / 2) + ",\n1,2\n")).containsExactly("1:[a, b]", "2:MALFORMED", "3:[1, 2]");
  }

  @Test
  void resumesAfterAnOverlongRecordAtTheFirstLineEndOutsideQuotes() throws IOException {
    String big = "y".repeat(StrictCsvReader.MAX_RECORD_BYTES + 10);
    // the line breaks inside the quoted field belong to the record; its line numbers still count
    assertThat(read("a,b\nq,\"" + big + "\n\"\"\n" + big + "\",z\n1,2\n"))
        .containsExactly("1:[a, b]", "2:MALFORMED", "5:[1, 2]");
    assertThat(read("a,b\n" + big + "\n1,2\n")).containsExactly("1:[a, b]", "2:MALFORMED", "3:[1, 2]");
  }

  @Test
  void anOverlongRecordWithoutALineEndEndsTheFile() throws IOException {
    assertThat(read(generated("a,b\n", 8L << 20, (byte) ',', ""))).containsExactly("1:[a, b]", "2:MALFORMED");
  }
}
