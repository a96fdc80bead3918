package org.civitas.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
    Map<String, String> refused = new LinkedHashMap<>();
    readOnly.forEach(
        name ->
            refused.put(
                name, "'" + name + "' is set by the server and cannot be written: leave it out"));
    return read(ctx, limit, JSON_TYPES, writable, refused);
  }

  /**
   * Reads the body of {@code ctx} as {@link #read(Context, long, Set, Set)} does, in one of {@code
   * mediaTypes}; a field of {@code refused} is refused with the reason it maps to.
   */
  static WriteBody read(
      Context ctx,
      long limit,
      Set<String> mediaTypes,
      Set<String> writable,
      Map<String, String> refused)
      throws IOException {
    Bodies.mediaType(ctx, mediaTypes);
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
      if (refused.containsKey(name)) {
        body.error(name, refused.get(name));
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

  /** The body's fields, as sent. */
  ObjectNode fields() {
    return fields;
  }

  /** Notes a mistake at {@code pointer}, to be refused with the others by {@link #check()}. */
  void mistake(String pointer, String detail) {
    errors.add(at(pointer, detail));
  }

  /** A required day, written YYYY-MM-DD. */
  Optional<LocalDate> day(String name) {
    return required(name)
        .flatMap(
            node -> {
              try {
                if (node.isTextual()) {
                  return Optional.of(LocalDate.parse(node.textValue()));
                }
              } catch (DateTimeParseException e) {
                // Said below, as for a value that is not a text.
              }
              error(name, "'" + name + "' must be a day written YYYY-MM-DD, not " + node);
              return Optional.empty();
            });
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
      throw invalid(errors);
    }
  }

  /** The refusal of a body with {@code errors}, each a pointer and what is wrong there. */
  static Problem invalid(List<Map<String, String>> errors) {
    return new Problem(
        ProblemType.INVALID_BODY,
        errors.size() == 1
            ? errors.get(0).get("detail")
            : errors.size() + " fields of the body are wrong: see errors",
        ImmutableMap.of("errors", ImmutableList.copyOf(errors)),
        ImmutableMap.of());
  }

  /** One mistake of a body: where it is (a JSON Pointer) and what is wrong. */
  static Map<String, String> at(String pointer, String detail) {
    return ImmutableMap.of("pointer", pointer, "detail", detail);
  }

  /** {@code name} as one step of a JSON Pointer. */
  static String step(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
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
    errors.add(at(step(field), detail));
  }

  private static String kind(JsonNode node) {
    return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static ImmutableSet<String> fields(String... names) {
    return ImmutableSet.copyOf(names);
  }
}
