package org.civitas.adapter.rest;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.civitas.application.port.in.ReadStamp;
import org.jspecify.annotations.Nullable;

/**
 * Copies of the answers to reads whose answer depends on the request, the record and the day only,
 * never on who asks. A copy is kept under the {@link ReadStamp} read before the answer was made,
 * and given again only to the same request under the same stamp: once the store counts a write, or
 * the day changes, every copy is dropped and the next request is answered from the store. A copy
 * can therefore only be as old as the read that made it, and a client that wrote reads its write.
 *
 * <p>The copies weigh at most a set number of bytes, the least used dropped first; none are kept
 * when that number is 0.
 */
final class AnswerCache {

  /** A request, the same when its path and its query are. */
  private record Key(ReadStamp stamp, String path, String query) {}

  /** What a kept copy costs beside its bytes: its key, its entry. */
  private static final int OVERHEAD_BYTES = 160;

  private final Supplier<ReadStamp> stamps;
  private final @Nullable Cache<Key, Answer> copies;
  private volatile @Nullable ReadStamp lastStamp;

  AnswerCache(Supplier<ReadStamp> stamps, long maxBytes) {
    this.stamps = Objects.requireNonNull(stamps, "stamps");
    this.copies =
        maxBytes == 0
            ? null
            : CacheBuilder.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, Answer>weigher(
                    (key, answer) ->
                        answer.size()
                            + 2 * (key.path().length() + key.query().length())
                            + OVERHEAD_BYTES)
                .build();
  }

  /** What {@code reading} answers to the request, or a copy of what it answered before. */
  Answer answer(Context ctx, Route.Reading reading) throws Exception {
    return answer(ctx.path(), Objects.toString(ctx.queryString(), ""), () -> reading.read(ctx));
  }

  /** What {@code reading} answers to the request for {@code path?query}, or a copy. */
  Answer answer(String path, String query, Callable<Answer> reading) throws Exception {
    Cache<Key, Answer> kept = copies;
    if (kept == null) {
      return reading.call();
    }
    // Read before the answer is made: a write that ends while it is made changes the stamp, so
    // that the answer, perhaps older than that write, is not given again.
    ReadStamp stamp = stamps.get();
    ReadStamp last = lastStamp;
    if (last == null || stamp.revision() > last.revision() || !stamp.today().equals(last.today())) {
      // No copy made before is asked for again: their room is freed at once.
      lastStamp = stamp;
      kept.invalidateAll();
    }
    Key key = new Key(stamp, path, query);
    Answer copy = kept.getIfPresent(key);
    if (copy != null) {
      return copy;
    }
    Answer made = reading.call();
    kept.put(key, made);
    return made;
  }
}
