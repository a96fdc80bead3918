package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A request refused by the adapter itself, before any use case: thrown where the reason is known
 * and answered as a problem document by {@link Problems}, with the extension members given.
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final transient ImmutableMap<String, Object> extensions;
  private final transient ImmutableMap<String, String> headers;

  Problem(ProblemType type, String detail) {
    this(type, detail, ImmutableMap.of(), ImmutableMap.of());
  }

  Problem(
      ProblemType type,
      String detail,
      Map<String, Object> extensions,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.type = type;
    this.extensions = ImmutableMap.copyOf(extensions);
    this.headers = ImmutableMap.copyOf(headers);
  }

  static Problem invalidParameter(String name, String detail) {
    return new Problem(
        ProblemType.INVALID_PARAMETER,
        detail,
        ImmutableMap.of("parameter", name),
        ImmutableMap.of());
  }

  ProblemType type() {
    return type;
  }

  String detail() {
    return getMessage();
  }

  /** Members added to the problem document, e.g. the findings of a refused dataset. */
  ImmutableMap<String, Object> extensions() {
    return extensions;
  }

  /** Headers the answer carries, e.g. {@code WWW-Authenticate}. */
  ImmutableMap<String, String> headers() {
    return headers;
  }
}
