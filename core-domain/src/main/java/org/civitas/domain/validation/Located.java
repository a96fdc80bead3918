package org.civitas.domain.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** An object of the snapshot with the JSON Pointer of its place in the document. */
record Located<T>(T value, String path) {

  /**
   * The pointer to a field (or a deeper path) of this object, e.g. {@code at("period", "start")}.
   */
  String at(Object... segments) {
    StringBuilder pointer = new StringBuilder(path);
    for (Object segment : segments) {
      pointer.append('/').append(segment);
    }
    return pointer.toString();
  }

  /** The items of one of this object's lists, each at its position under {@code field}. */
  <C> ImmutableList<Located<C>> children(String field, List<C> items) {
    ImmutableList.Builder<Located<C>> located = ImmutableList.builderWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      located.add(new Located<>(items.get(i), at(field, i)));
    }
    return located.build();
  }
}
