package org.civitas.application.port.out;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What time it is: when a change happened, and which day "today" is for queries as of today. */
public interface ClockPort {

  Instant now();

  LocalDate today();

  /** Reads {@code clock}: its instant, and today in its zone. */
  static ClockPort of(Clock clock) {
    return new ClockPort() {
      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public LocalDate today() {
        return LocalDate.now(clock);
      }

      @Override
      public String toString() {
        return clock.toString();
      }
    };
  }

  /** The system clock, in UTC so that every server of a ministry agrees on the day. */
  static ClockPort systemUtc() {
    return of(Clock.systemUTC());
  }
}
