package org.civitas.application.port.in;

import java.util.Optional;

/**
 * What a restructuring rests on, each when a source gives it: the legal text that made it (« Décret
 * n° 2024-200 ») and a note (« Gouvernement du 7 octobre 2021 »).
 */
public record LegalBasis(Optional<String> text, Optional<String> note) {

  /** No text and no note: a restructuring recorded without its source. */
  public static final LegalBasis NONE = new LegalBasis(Optional.empty(), Optional.empty());

  public LegalBasis {
    Checks.optionalText(text, "the legal basis");
    Checks.optionalText(note, "the note");
  }
}
