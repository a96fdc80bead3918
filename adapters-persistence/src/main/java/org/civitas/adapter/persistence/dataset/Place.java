package org.civitas.adapter.persistence.dataset;

/** Where something is in a document: its JSON Pointer and its 1-based source line. */
record Place(String pointer, int line) {

  static final Place DOCUMENT = new Place("", 1);

  Place child(String key, int keyLine) {
    return new Place(Pointer.child(pointer, key), keyLine);
  }

  Place item(int index, int itemLine) {
    return new Place(Pointer.child(pointer, index), itemLine);
  }
}
