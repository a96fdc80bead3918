package org.civitas.adapter.persistence.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON Pointers (RFC 6901) into a dataset document. */
final class Pointer {

  private Pointer() {}

  /** {@code base} followed by one more key or index, escaped. */
  static String child(String base, String segment) {
    return base + "/" + segment.replace("~", "~0").replace("/", "~1");
  }

  static String child(String base, int index) {
    return base + "/" + index;
  }

  /** The unescaped segments of {@code pointer}; none for the whole document ({@code ""}). */
  static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }

  /** The segment as a list index, or -1 when it is not one. */
  static int index(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || !segment.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(segment);
  }

  /**
   * The source line of what {@code pointer} designates in {@code root}: the line of its key for a
   * member of a mapping, of the value itself for a list item. Where the pointer goes beyond the
   * document (a field that is missing), the line of the deepest part that exists.
   */
  static int line(DocumentNode root, String pointer) {
    return walk(root, pointer).line();
  }

  /** What {@code pointer} designates in {@code root}, when it exists. */
  static Optional<DocumentNode> find(DocumentNode root, String pointer) {
    Reached reached = walk(root, pointer);
    return reached.complete() ? Optional.of(reached.node()) : Optional.empty();
  }

  private record Reached(DocumentNode node, int line, boolean complete) {}

  private static Reached walk(DocumentNode root, String pointer) {
    DocumentNode node = root;
    int line = root.line();
    for (String segment : segments(pointer)) {
      if (node instanceof DocumentNode.Mapping mapping && mapping.members().containsKey(segment)) {
        DocumentNode.Member member = mapping.members().get(segment);
        line = member.line();
        node = member.value();
      } else if (node instanceof DocumentNode.Sequence sequence
          && index(segment) >= 0
          && index(segment) < sequence.items().size()) {
        node = sequence.items().get(index(segment));
        line = node.line();
      } else {
        return new Reached(node, line, false);
      }
    }
    return new Reached(node, line, true);
  }
}
