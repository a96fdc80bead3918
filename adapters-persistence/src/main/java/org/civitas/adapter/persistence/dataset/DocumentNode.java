package org.civitas.adapter.persistence.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value of a dataset document as parsed, with the line and column it starts at, so that every
 * finding can point at its source line.
 */
sealed interface DocumentNode {

  int line();

  int column();

  /** A mapping; its members keep the document's order. */
  record Mapping(Map<String, Member> members, int line, int column) implements DocumentNode {}

  /** A key of a mapping, the line the key is written on, and its value. */
  record Member(String key, int line, DocumentNode value) {}

  record Sequence(List<DocumentNode> items, int line, int column) implements DocumentNode {}

  /**
   * A scalar. {@code text} is the value as written; {@code number} is set for a finite number.
   * {@code implicit} tells a YAML plain scalar that the parser typed by its look ({@code 2024},
   * {@code true}), as opposed to a quoted string or a JSON value.
   */
  record Scalar(
      Kind kind, String text, @Nullable BigDecimal number, boolean implicit, int line, int column)
      implements DocumentNode {}

  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    OTHER
  }

  /** How a node's type reads in a message: "a text", "a list". */
  static String describe(DocumentNode node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    Scalar scalar = (Scalar) node;
    return switch (scalar.kind()) {
      case STRING -> "a text";
      case NUMBER -> "the number " + scalar.text();
      case BOOLEAN -> scalar.text();
      case NULL -> "nothing";
      case OTHER -> "'" + scalar.text() + "'";
    };
  }
}
