package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lists come in pages: {@code limit} items at most (up to the server's cap), and an opaque {@code
 * cursor} from the previous page for the next. A cursor is the position after the last item given,
 * or, for the lists the store pages itself, the key the application gave to start the next page
 * from; its encoding is the server's business, and a client only hands it back.
 */
final class Pages {

  static final int DEFAULT_LIMIT = 100;

  private static final String PREFIX = "after:";
  private static final String KEY = "key:";

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
    int limit = limit(ctx, maxLimit);
    int offset = Requests.query(ctx, "cursor").map(Pages::decode).orElse(0);
    return new Request(offset, limit);
  }

  /** The limit a request asks for: 1 to {@code maxLimit}, the default when absent. */
  static int limit(Context ctx, int maxLimit) {
    return Requests.number(ctx, "limit", 1, maxLimit).orElse(Math.min(DEFAULT_LIMIT, maxLimit));
  }

  /**
   * The key the request's cursor carries, for a list the application pages: empty on the first
   * page.
   *
   * @throws Problem {@code invalid-parameter} when the cursor is not one the server gave
   */
  static Optional<String> key(Context ctx) {
    return Requests.query(ctx, "cursor")
        .map(
            cursor ->
                text(cursor)
                    .filter(t -> t.startsWith(KEY) && t.length() > KEY.length())
                    .map(t -> t.substring(KEY.length()))
                    .orElseThrow(Pages::notGiven));
  }

  /** The cursor of the page that starts from {@code key}, as the application gave it. */
  static String cursor(String key) {
    return encode(KEY + key);
  }

  private static String encode(int offset) {
    return encode(PREFIX + offset);
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> text(String cursor) {
    try {
      return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int decode(String cursor) {
    Optional<Integer> offset;
    try {
      offset =
          text(cursor)
              .filter(t -> t.startsWith(PREFIX))
              .map(t -> Integer.parseInt(t.substring(PREFIX.length())));
    } catch (NumberFormatException e) {
      offset = Optional.empty();
    }
    return offset.filter(o -> o >= 0).orElseThrow(Pages::notGiven);
  }

  private static Problem notGiven() {
    return Problem.invalidParameter(
        "cursor",
        "this cursor was not given by the server: pass the nextCursor of the page"
            + " before, or none for the first page");
  }
}
