package org.civitas.adapter.persistence.dataset;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/** The guards between a file's bytes and the parser. */
final class GuardedInput {

  private GuardedInput() {}

  /**
   * Refuses a stream once it passes {@code limit} bytes, so an oversized upload is never held
   * whole.
   */
  static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > limit) {
        throw tooLarge(limit, 0);
      }
    }
  }

  static DocumentRefused tooLarge(long limit, long size) {
    String actual = size > 0 ? "the file holds " + size + " bytes, " : "the file holds ";
    return new DocumentRefused(
        actual
            + "more than the "
            + limit
            + " bytes a dataset file may hold: split it into several files",
        1);
  }

  /**
   * Counts lines as the parser reads, drops a leading byte-order mark, and refuses what is not text
   * (bytes that are not UTF-8, control characters) and, for YAML, lines too long to scan in
   * reasonable time.
   */
  static final class Text extends FilterReader {
    private long maxLineLength = Long.MAX_VALUE;
    private int line = 1;
    private long lineLength;
    private boolean started;

    Text(Reader in) {
      super(in);
    }

    /** From now on, refuses a line longer than {@code length} characters. */
    void limitLines(long length) {
      this.maxLineLength = length;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (CharacterCodingException e) {
        throw new DocumentRefused(
            "the file is not UTF-8 text (line "
                + line
                + "): is it a binary file? A dataset is a"
                + " YAML or JSON file saved as UTF-8",
            line);
      }
      if (n <= 0) {
        return n;
      }
      if (!started) {
        started = true;
        if (buffer[offset] == '\uFEFF') {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
          if (n == 0) {
            return read(buffer, offset, length);
          }
        }
      }
      for (int i = offset; i < offset + n; i++) {
        check(buffer[i]);
      }
      return n;
    }

    private void check(char c) throws DocumentRefused {
      if (c == '\n') {
        line++;
        lineLength = 0;
        return;
      }
      if (c < 0x20 && c != '\t' && c != '\r') {
        throw new DocumentRefused(
            String.format(
                "the file holds the control character U+%04X on line %d: is it a binary file? A"
                    + " dataset is a YAML or JSON text file",
                (int) c, line),
            line);
      }
      if (++lineLength > maxLineLength) {
        throw new DocumentRefused(
            "line "
                + line
                + " is longer than "
                + maxLineLength
                + " characters: break it (a YAML"
                + " text may run over several lines)",
            line);
      }
    }
  }
}
