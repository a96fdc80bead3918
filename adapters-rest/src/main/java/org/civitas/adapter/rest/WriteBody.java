package org.civitas.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON body of a write, read strictly: one object holding only the fields the change takes. A
 * field the client may not set (a version, a derived figure, an id) or does not exist is refused,
 * never ignored, so that a client never believes it changed what it cannot. Every mistake of a body
 * is reported at once, each at its JSON Pointer.
 */
final class WriteBody {

  private static final Set<String> JSON_TYPES = Set.of("application/json");

  private final ObjectNode fields;
  private final List<Map<String, String>> errors = new ArrayList<>();

  private WriteBody(ObjectNode fields) {
    this.fields = fields;
  }

  /**
   * Reads the body of {@code ctx}: JSON, within {@code limit} bytes, an object whose fields are all
   * in {@code writable}.
   *
   * @throws Problem {@code unsupported-media-type}, {@code body-too-large}, {@code malformed-body}
   *     or {@code invalid-body}
   */
  static WriteBody read(Context ctx, long limit, Set<String> writable, Set<String> readOnly)
      throws IOException {
    Bodies.mediaType(ctx, JSON_TYPES);
    JsonNode node;
    try (Bodies.Capped in = Bodies.open(ctx, limit)) {
      node = Json.read(in);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new Problem(
          ProblemType.INVALID_BODY,
          "the body is a JSON "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
              + ": send an object with the fields "
              + String.join(", ", writable));
    }
    WriteBody body = new WriteBody(object);
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (readOnly.contains(name)) {
        body.error(name, "'" + name + "' is set by the server and cannot be written: leave it out");
      } else if (!writable.contains(name)) {
        body.error(
            name,
            "'"
                + name
                + "' is not a field of this change: send only "
                + String.join(", ", writable));
      }
    }
    return body;
  }

  /** A required number. */
  Optional<BigDecimal> number(String name) {
    return required(name)
        .flatMap(
            node -> {
              if (!node.isNumber()) {
                error(name, "'" + name + "' must be a number, not " + kind(node));
                return Optional.empty();
              }
              return Optional.of(node.decimalValue());
            });
  }

  /** A required text, turned into a value by {@code of}, which answers empty for a wrong one. */
  <T> Optional<T> coded(String name, Function<String, Optional<T>> of, String expected) {
    return required(name).flatMap(node -> coded(name, node, of, expected));
  }

  /** An optional text. */
  Optional<String> optionalText(String name) {
    JsonNode node = fields.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      error(name, "'" + name + "' must be a text, not " + kind(node));
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  /**
   * Refuses the body if any field was wrong.
   *
   * @throws Problem {@code invalid-body} with every mistake found
   */
  void check() {
    if (!errors.isEmpty()) {
      throw new Problem(
          ProblemType.INVALID_BODY,
          errors.size() == 1
              ? errors.get(0).get("detail")
              : errors.size() + " fields of the body are wrong: see errors",
          ImmutableMap.of("errors", ImmutableList.copyOf(errors)),
          ImmutableMap.of());
    }
  }

  private <T> Optional<T> coded(
      String name, JsonNode node, Function<String, Optional<T>> of, String expected) {
    if (!node.isTextual()) {
      error(name, "'" + name + "' must be a text, one of " + expected + ", not " + kind(node));
      return Optional.empty();
    }
    Optional<T> value = of.apply(node.textValue());
    if (value.isEmpty()) {
      error(name, "'" + name + "' " + node + " is not known: give one of " + expected);
    }
    return value;
  }

  private Optional<JsonNode> required(String name) {
    JsonNode node = fields.get(name);
    if (node == null || node.isNull()) {
      error(name, "'" + name + "' is required");
      return Optional.empty();
    }
    return Optional.of(node);
  }

  private void error(String field, String detail) {
    errors.add(
        ImmutableMap.of(
            "pointer", "/" + field.replace("~", "~0").replace("/", "~1"), "detail", detail));
  }

  private static String kind(JsonNode node) {
    return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static ImmutableSet<String> fields(String... names) {
    return ImmutableSet.copyOf(names);
  }
}
