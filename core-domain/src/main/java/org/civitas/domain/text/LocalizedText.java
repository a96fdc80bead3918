package org.civitas.domain.text;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * A text in one or more languages, keyed by BCP 47 tag ({@code fr}, {@code ar}, {@code en}). The
 * first entry is the text's own language: the one it was written in.
 */
public record LocalizedText(ImmutableMap<String, String> texts) {

  public LocalizedText {
    InvariantViolation.require(
        !texts.isEmpty(), Invariant.VALUE_REQUIRED, "a text needs at least one language");
    texts.forEach(
        (language, text) -> {
          InvariantViolation.require(
              !language.isBlank(), Invariant.VALUE_REQUIRED, "a language tag cannot be blank");
          InvariantViolation.require(
              !text.isBlank(),
              Invariant.VALUE_REQUIRED,
              "a text cannot be blank (" + language + ")");
        });
  }

  public static LocalizedText of(String language, String text) {
    return new LocalizedText(ImmutableMap.of(language, text));
  }

  public static LocalizedText of(Map<String, String> texts) {
    return new LocalizedText(ImmutableMap.copyOf(texts));
  }

  /** The language the text was first written in. */
  public String language() {
    return texts.keySet().iterator().next();
  }

  /** The text in {@code language}, or in its own language when that one is missing. */
  public String in(String language) {
    String text = texts.get(language);
    return text != null ? text : texts.values().iterator().next();
  }

  /** The text in its own language. */
  public String text() {
    return texts.values().iterator().next();
  }

  /**
   * A key under which two texts count as the same title: case, accents, apostrophes and runs of
   * spaces are ignored.
   */
  public static String comparisonKey(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .replace('\u2019', '\'')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\u00a0]+", " ")
        .strip();
  }

  @Override
  public String toString() {
    return text();
  }
}
