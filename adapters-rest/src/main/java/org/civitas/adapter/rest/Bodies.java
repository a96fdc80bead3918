package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Request bodies, read within their limit: a declared length over the limit is refused before a
 * byte is read, and a stream without a declared length is cut off as soon as it passes the limit,
 * so an oversized body is never held whole.
 */
final class Bodies {

  private Bodies() {}

  /**
   * The media type of the body, without parameters and in lower case.
   *
   * @throws Problem {@code unsupported-media-type} when it is none of {@code accepted}
   */
  static String mediaType(Context ctx, Set<String> accepted) {
    String declared = Optional.ofNullable(ctx.header("Content-Type")).orElse("");
    String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!accepted.contains(type)) {
      throw new Problem(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          (type.isEmpty() ? "the body has no Content-Type" : "the body is " + type)
              + ": send it as "
              + String.join(" or ", accepted.stream().sorted().toList()));
    }
    return type;
  }

  /**
   * The body as a stream of at most {@code limit} bytes.
   *
   * @throws Problem {@code body-too-large} at once when the declared length is over the limit, and
   *     from the stream as soon as more than the limit arrives
   */
  static Capped open(Context ctx, long limit) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    return new Capped(ctx.req().getInputStream(), limit);
  }

  /**
   * The refusal of a body over {@code limit}. The rest of the body is never read, so the connection
   * is closed after the answer rather than kept for another request.
   */
  static Problem tooLarge(long limit) {
    return new Problem(
        ProblemType.BODY_TOO_LARGE,
        "the body is larger than the " + limit + " bytes this resource accepts",
        ImmutableMap.of("limit", limit),
        ImmutableMap.of("Connection", "close"));
  }

  /**
   * A stream that refuses to go past its limit. The refusal is unchecked so that it passes through
   * parsers that turn I/O errors into syntax errors; {@link #passedLimit()} tells it even when a
   * parser swallowed it.
   */
  static final class Capped extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean passed;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    boolean passedLimit() {
      return passed;
    }

    long limit() {
      return limit;
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
      // Never more than one byte past the limit, which is enough to tell.
      long room = Math.max(1, limit - count + 1);
      int n = super.read(buffer, offset, (int) Math.min(length, room));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, Math.max(1, limit - count + 1)));
      if (skipped > 0) {
        count(skipped);
      }
      return skipped;
    }

    private void count(long n) {
      count += n;
      if (count > limit) {
        passed = true;
        throw tooLarge(limit);
      }
    }
  }
}
