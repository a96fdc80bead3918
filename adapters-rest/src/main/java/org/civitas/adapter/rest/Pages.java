package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lists come in pages: {@code limit} items at most (up to the server's cap), and an opaque {@code
 * cursor} from the previous page for the next. A cursor is the position after the last item given;
 * its encoding is the server's business, and a client only hands it back.
 */
final class Pages {

  static final int DEFAULT_LIMIT = 100;

  private static final String PREFIX = "after:";

  private Pages() {}

  /** The page asked for: where it starts and how many items it holds at most. */
  record Request(int offset, int limit) {

    <T> Resources.Page<T> of(List<T> all) {
      int from = Math.min(offset, all.size());
      int to = Math.min(all.size(), from + limit);
      return new Resources.Page<>(all.subList(from, to), next(to, all.size()));
    }

    @Nullable String next(int to, int size) {
      return to < size ? encode(to) : null;
    }
  }

  /**
   * The page a request asks for.
   *
   * @throws Problem {@code invalid-parameter} when {@code limit} is not 1 to {@code maxLimit} or
   *     the cursor is not one the server gave
   */
  static Request request(Context ctx, int maxLimit) {
    int limit =
        Requests.number(ctx, "limit", 1, maxLimit).orElse(Math.min(DEFAULT_LIMIT, maxLimit));
    int offset = Requests.query(ctx, "cursor").map(Pages::decode).orElse(0);
    return new Request(offset, limit);
  }

  private static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    Optional<Integer> offset;
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      offset =
          text.startsWith(PREFIX)
              ? Optional.of(Integer.parseInt(text.substring(PREFIX.length())))
              : Optional.empty();
    } catch (IllegalArgumentException e) {
      offset = Optional.empty();
    }
    return offset
        .filter(o -> o >= 0)
        .orElseThrow(
            () ->
                Problem.invalidParameter(
                    "cursor",
                    "this cursor was not given by the server: pass the nextCursor of the page"
                        + " before, or none for the first page"));
  }
}
