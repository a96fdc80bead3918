package org.civitas.application.port.out;

/**
 * Tells whether the stored record may have changed since a moment: what a copy of an answer is
 * keyed on, so that it is never served once the record it was read from has changed.
 */
public interface RevisionPort {

  /**
   * A number that is different after every write this store makes or learns of, counted from when
   * it was read. Two equal numbers read at two moments mean no write took effect between them; a
   * different number only that one may have. Cheap: no read of the database.
   */
  long revision();
}
