package org.civitas.application.port;

import java.util.function.Function;

/**
 * A stored aggregate and its version. The first save gives version 1, each accepted save one more;
 * a writer names the version it read, and a store refuses the write when it has moved on, so no
 * update is lost. Version 0 stands for "not stored yet".
 */
public record Versioned<T>(T value, long version) {

  /** The version a writer names when the aggregate is not stored yet. */
  public static final long NOT_STORED = 0;

  public Versioned {
    if (version < 1) {
      throw new IllegalArgumentException("a stored version starts at 1, not " + version);
    }
  }

  public static <T> Versioned<T> of(T value, long version) {
    return new Versioned<>(value, version);
  }

  public <U> Versioned<U> map(Function<? super T, ? extends U> mapper) {
    return new Versioned<>(mapper.apply(value), version);
  }
}
