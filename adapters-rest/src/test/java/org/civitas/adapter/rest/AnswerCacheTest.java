package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.civitas.application.port.in.ReadStamp;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  private final AtomicReference<ReadStamp> stamp = new AtomicReference<>(new ReadStamp(7, TODAY));
  private final AtomicInteger reads = new AtomicInteger();

  /** A reading from the store that counts how often it is made, each answer a new one. */
  private final Callable<Answer> reading =
      () ->
          Answer.bytes(
              ("read " + reads.incrementAndGet()).getBytes(StandardCharsets.UTF_8), "text/plain");

  @Test
  void the_same_request_under_the_same_stamp_is_answered_with_the_copy() throws Exception {
    // given
    AnswerCache cache = new AnswerCache(stamp::get, 1 << 20);
    Answer first = cache.answer("/api/v1/units/dgpe", "", reading);

    // when
    Answer again = cache.answer("/api/v1/units/dgpe", "", reading);

    // then
    assertThat(again).isSameAs(first);
    assertThat(reads).hasValue(1);
  }

  @Test
  void another_path_or_query_is_read_from_the_store() throws Exception {
    // given
    AnswerCache cache = new AnswerCache(stamp::get, 1 << 20);
    Answer unit = cache.answer("/api/v1/units/dgpe", "", reading);

    // when
    Answer other = cache.answer("/api/v1/units/das", "", reading);
    Answer asOf = cache.answer("/api/v1/units/dgpe", "asOf=2020-01-01", reading);

    // then
    assertThat(other).isNotSameAs(unit);
    assertThat(asOf).isNotSameAs(unit).isNotSameAs(other);
    assertThat(reads).hasValue(3);
    assertThat(cache.answer("/api/v1/units/dgpe", "asOf=2020-01-01", reading)).isSameAs(asOf);
  }

  @Test
  void once_the_store_counts_a_write_the_request_is_read_again_and_kept_anew() throws Exception {
    // given
    AnswerCache cache = new AnswerCache(stamp::get, 1 << 20);
    Answer before = cache.answer("/api/v1/units/dgpe", "", reading);

    // when
    stamp.set(new ReadStamp(8, TODAY));
    Answer after = cache.answer("/api/v1/units/dgpe", "", reading);

    // then
    assertThat(after).isNotSameAs(before);
    assertThat(cache.answer("/api/v1/units/dgpe", "", reading)).isSameAs(after);
    assertThat(reads).hasValue(2);
  }

  @Test
  void a_new_day_reads_again_what_today_means() throws Exception {
    // given
    AnswerCache cache = new AnswerCache(stamp::get, 1 << 20);
    Answer yesterday = cache.answer("/api/v1/units/dgpe", "", reading);

    // when
    stamp.set(new ReadStamp(7, TODAY.plusDays(1)));

    // then
    assertThat(cache.answer("/api/v1/units/dgpe", "", reading)).isNotSameAs(yesterday);
    assertThat(reads).hasValue(2);
  }

  @Test
  void a_read_that_fails_is_not_kept() throws Exception {
    // given
    AnswerCache cache = new AnswerCache(stamp::get, 1 << 20);
    Callable<Answer> failing =
        () -> {
          reads.incrementAndGet();
          throw new IllegalStateException("the database is unreachable");
        };

    // when / then
    assertThatIllegalStateException()
        .isThrownBy(() -> cache.answer("/api/v1/units/dgpe", "", failing));
    Answer read = cache.answer("/api/v1/units/dgpe", "", reading);
    assertThat(reads).hasValue(2);
    assertThat(cache.answer("/api/v1/units/dgpe", "", reading)).isSameAs(read);
  }

  @Test
  void with_no_room_every_request_is_read_from_the_store() throws Exception {
    // given
    AnswerCache cache = new AnswerCache(stamp::get, 0);

    // when
    Answer first = cache.answer("/api/v1/units/dgpe", "", reading);
    Answer second = cache.answer("/api/v1/units/dgpe", "", reading);

    // then
    assertThat(second).isNotSameAs(first);
    assertThat(reads).hasValue(2);
  }
}
