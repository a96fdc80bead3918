package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.text.LocalizedText;

/**
 * How people look for a unit by what they remember of it: « protection enfant » finds the «
 * Direction générale de la protection de l’enfance ».
 *
 * <p>Case, accents, ligatures and apostrophes are ignored. Every word asked must begin a word of
 * the unit, in any order: of its name and acronym for a name match, or of its name, acronym and one
 * of its attributions for an attribution match. A word asked also matches the other forms of its
 * family, so that « enfant » finds « enfance » and « sociales » finds « social ». Name matches rank
 * before attribution matches, and an exact acronym before both.
 */
public final class UnitSearch {

  /** Where the words were found, best first. */
  public enum Field {
    ACRONYM,
    NAME,
    ATTRIBUTION
  }

  /** A unit found, where, and through which attribution when the name alone did not match. */
  public record Match(OrgUnit unit, Field field, Optional<Attribution> attribution) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Endings by which a French noun and adjective of one family differ (enfance, enfant). */
  private static final ImmutableMap<String, String> FAMILY_ENDINGS =
      ImmutableMap.of("ance", "ant", "ant", "ance", "ence", "ent", "ent", "ence");

  /** Shorter words are left as they are: « dent » is not « dence », « as » is not « a ». */
  private static final int MIN_STEM = 3;

  private final String text;
  private final ImmutableList<String> terms;

  private UnitSearch(String text, ImmutableList<String> terms) {
    this.text = text;
    this.terms = terms;
  }

  /** A search for {@code text}; refused when it holds no word. */
  public static UnitSearch of(String text) {
    ImmutableList<String> terms = words(text);
    InvariantViolation.require(
        !terms.isEmpty(), Invariant.VALUE_REQUIRED, "give at least one word to look for");
    return new UnitSearch(text, terms);
  }

  public String text() {
    return text;
  }

  /** The words looked for, normalised. */
  public ImmutableList<String> terms() {
    return terms;
  }

  /** Whether and where {@code unit} matches. */
  public Optional<Match> match(OrgUnit unit) {
    List<String> nameWords = nameWords(unit);
    if (terms.size() == 1 && unit.acronym().map(a -> words(a).equals(terms)).orElse(false)) {
      return Optional.of(new Match(unit, Field.ACRONYM, Optional.empty()));
    }
    if (allFound(nameWords)) {
      return Optional.of(new Match(unit, Field.NAME, Optional.empty()));
    }
    for (Attribution attribution :
        unit.mandate().map(Mandate::attributions).orElse(ImmutableList.of())) {
      List<String> words = new ArrayList<>(nameWords);
      words.addAll(words(attribution.text()));
      if (allFound(words)) {
        return Optional.of(new Match(unit, Field.ATTRIBUTION, Optional.of(attribution)));
      }
    }
    return Optional.empty();
  }

  /**
   * The units that match, best first: by field, then those whose name holds more of the words asked
   * as whole words, then shorter names (more specific), then in the order given.
   */
  public ImmutableList<Match> rank(Collection<OrgUnit> units) {
    return units.stream()
        .map(this::match)
        .flatMap(Optional::stream)
        .sorted(
            Comparator.comparing(Match::field)
                .thenComparingInt(m -> -wholeWords(nameWords(m.unit())))
                .thenComparingInt(m -> nameWords(m.unit()).size()))
        .collect(ImmutableList.toImmutableList());
  }

  private boolean allFound(List<String> words) {
    return terms.stream().allMatch(term -> words.stream().anyMatch(word -> matches(term, word)));
  }

  private int wholeWords(List<String> words) {
    return (int) terms.stream().filter(words::contains).count();
  }

  private static List<String> nameWords(OrgUnit unit) {
    List<String> words = new ArrayList<>(words(unit.name()));
    unit.acronym().ifPresent(a -> words.addAll(words(a)));
    return words;
  }

  private static List<String> words(LocalizedText text) {
    List<String> words = new ArrayList<>();
    text.texts().values().forEach(t -> words.addAll(words(t)));
    return words;
  }

  /**
   * The words of {@code text} as compared: lower case, without accents, ligatures opened (« œuvre »
   * is « oeuvre »), split at anything that is not a letter or a digit.
   */
  public static ImmutableList<String> words(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace("œ", "oe")
            .replace("æ", "ae");
    return NOT_A_WORD
        .splitAsStream(folded)
        .filter(w -> !w.isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether the normalised {@code term} asked matches the normalised {@code word} of a unit. */
  public static boolean matches(String term, String word) {
    return variants(term).stream().anyMatch(word::startsWith);
  }

  /**
   * The beginnings that stand for {@code term}: itself, without its plural, without its feminine
   * ending, and with the ending of the noun or adjective of its family (« enfants » stands for «
   * enfant » and « enfance »; « urgence » for « urgent »).
   */
  static ImmutableList<String> variants(String term) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(term);
    String singular = term;
    if ((term.endsWith("s") || term.endsWith("x")) && term.length() > MIN_STEM) {
      singular = term.substring(0, term.length() - 1);
      variants.add(singular);
    }
    if (singular.endsWith("e") && singular.length() > MIN_STEM) {
      variants.add(singular.substring(0, singular.length() - 1));
    }
    for (Map.Entry<String, String> ending : FAMILY_ENDINGS.entrySet()) {
      String stem =
          singular.substring(0, Math.max(0, singular.length() - ending.getKey().length()));
      if (singular.endsWith(ending.getKey()) && stem.length() >= MIN_STEM) {
        variants.add(stem + ending.getValue());
      }
    }
    return ImmutableList.copyOf(variants);
  }

  @Override
  public String toString() {
    return text;
  }
}
