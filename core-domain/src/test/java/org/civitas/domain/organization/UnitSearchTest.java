package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.invariant.Invariant;
import org.civitas.domain.invariant.InvariantViolation;
import org.civitas.domain.text.LocalizedText;
import org.junit.jupiter.api.Test;

class UnitSearchTest {

  // Units and attributions as the Togolese ministry (seed 000) gives them.
  private static final OrgUnit MASSPF =
      unit(
          "masspf",
          UnitKind.MINISTRY,
          "Ministère de l’Action Sociale, de la Solidarité et de la Promotion de la femme",
          null);
  private static final OrgUnit DGPE =
      unit(
          "dgpe",
          UnitKind.GENERAL_DIRECTORATE,
          "Direction générale de la protection de l’enfance",
          null,
          "élaborer et mettre en œuvre la politique nationale, les stratégies et les programmes de"
              + " protection et de promotion de l’enfant");
  private static final OrgUnit DAED =
      unit(
          "daed",
          UnitKind.DIRECTORATE,
          "Direction d’assistance à l’enfant en difficulté",
          null,
          "coordonner, suivre et évaluer les activités des structures de protection et de prise en"
              + " charge des enfants vulnérables");
  private static final OrgUnit DPA =
      unit(
          "dpa",
          UnitKind.DIRECTORATE,
          "Direction des personnes âgées",
          null,
          "élaborer et mettre en œuvre les programmes de protection des personnes âgées");
  private static final List<OrgUnit> TOGO = List.of(MASSPF, DPA, DAED, DGPE);

  @Test
  void words_of_a_name_match_whatever_their_case_accents_order_and_endings() {
    // given
    UnitSearch search = UnitSearch.of("protection enfant");

    // when
    Optional<UnitSearch.Match> match = search.match(DGPE);

    // then
    assertThat(match).map(UnitSearch.Match::field).contains(UnitSearch.Field.NAME);
    assertThat(UnitSearch.of("ENFANCE Protéction").match(DGPE))
        .map(UnitSearch.Match::field)
        .contains(UnitSearch.Field.NAME);
    assertThat(UnitSearch.of("prot enf").match(DGPE)).isPresent();
  }

  @Test
  void every_word_asked_must_be_found() {
    // given
    UnitSearch search = UnitSearch.of("protection femme");

    // when
    Optional<UnitSearch.Match> match = search.match(DGPE);

    // then
    assertThat(match).isEmpty();
  }

  @Test
  void a_word_must_begin_a_word_of_the_unit_not_sit_inside_it() {
    // given "tection" is inside « protection » but begins no word
    UnitSearch search = UnitSearch.of("tection");

    // when
    Optional<UnitSearch.Match> match = search.match(DGPE);

    // then
    assertThat(match).isEmpty();
  }

  @Test
  void name_matches_rank_before_attribution_matches() {
    // given every unit but the ministry has « protection » and a word of the « enfant » family
    // in its name or in one attribution
    UnitSearch search = UnitSearch.of("protection enfants");

    // when
    ImmutableList<UnitSearch.Match> found = search.rank(TOGO);

    // then
    assertThat(found).extracting(m -> m.unit().id().value()).containsExactly("dgpe", "daed");
    assertThat(found)
        .extracting(UnitSearch.Match::field)
        .containsExactly(UnitSearch.Field.NAME, UnitSearch.Field.ATTRIBUTION);
    assertThat(found.get(1).attribution())
        .map(a -> a.text().text())
        .hasValueSatisfying(text -> assertThat(text).contains("enfants vulnérables"));
  }

  @Test
  void an_exact_acronym_ranks_first() {
    // given the Agadir division (seed 002) whose first attribution names the committee
    OrgUnit das =
        unit(
            "das",
            UnitKind.DIVISION,
            "Division de l’Action Sociale",
            "DAS",
            "Assurer le secrétariat administratif du CPDH et exécuter les décisions prises par le CPDH");
    OrgUnit cpdh =
        unit("cpdh", UnitKind.COMMITTEE, "Comité préfectoral de développement humain", "CPDH");

    // when
    ImmutableList<UnitSearch.Match> found = UnitSearch.of("cpdh").rank(List.of(das, cpdh));

    // then
    assertThat(found).extracting(m -> m.unit().id().value()).containsExactly("cpdh", "das");
    assertThat(found)
        .extracting(UnitSearch.Match::field)
        .containsExactly(UnitSearch.Field.ACRONYM, UnitSearch.Field.ATTRIBUTION);
  }

  @Test
  void among_name_matches_whole_words_and_shorter_names_come_first() {
    // given a longer name made up for the comparison
    OrgUnit longer =
        unit("dpea", UnitKind.DIRECTORATE, "Direction des personnes âgées et handicapées", null);

    // when
    ImmutableList<UnitSearch.Match> found =
        UnitSearch.of("personnes agees").rank(List.of(longer, DPA));

    // then
    assertThat(found).extracting(m -> m.unit().id().value()).containsExactly("dpa", "dpea");
  }

  @Test
  void a_name_holding_the_word_asked_ranks_before_one_holding_only_a_word_of_its_family() {
    // given the DGPE (« enfance ») given before the DAED (« enfant »), names of eight words each
    List<OrgUnit> units = List.of(DGPE, DAED);

    // when
    ImmutableList<UnitSearch.Match> found = UnitSearch.of("enfant").rank(units);

    // then
    assertThat(found).extracting(m -> m.unit().id().value()).containsExactly("daed", "dgpe");
    assertThat(found)
        .extracting(UnitSearch.Match::field)
        .containsExactly(UnitSearch.Field.NAME, UnitSearch.Field.NAME);
  }

  @Test
  void an_acronym_counts_as_a_word_of_the_name() {
    // given the committee of Agadir (seed 002), which has no attribution
    OrgUnit cpdh =
        unit("cpdh", UnitKind.COMMITTEE, "Comité préfectoral de développement humain", "CPDH");

    // when
    Optional<UnitSearch.Match> match = UnitSearch.of("CPDH humain").match(cpdh);

    // then
    assertThat(match).map(UnitSearch.Match::field).contains(UnitSearch.Field.NAME);
  }

  @Test
  void a_search_keeps_the_text_asked_and_looks_for_its_normalised_words() {
    // given
    String asked = "  Protection de l’Enfance ";

    // when
    UnitSearch search = UnitSearch.of(asked);

    // then
    assertThat(search.text()).isEqualTo(asked);
    assertThat(search).hasToString(asked);
    assertThat(search.terms()).containsExactly("protection", "de", "l", "enfance");
  }

  @Test
  void quotes_and_spaces_around_the_words_are_no_words() {
    // when
    ImmutableList<String> words = UnitSearch.words(" « Direction de l’enfance » ");

    // then
    assertThat(words).containsExactly("direction", "de", "l", "enfance");
  }

  @Test
  void ligatures_and_apostrophes_are_opened() {
    // when
    ImmutableList<String> words = UnitSearch.words("mettre en Œuvre l’enfance d'abord");

    // then
    assertThat(words).containsExactly("mettre", "en", "oeuvre", "l", "enfance", "d", "abord");
  }

  @Test
  void a_word_stands_for_the_other_forms_of_its_family_but_short_words_only_for_themselves() {
    // when / then
    assertThat(UnitSearch.variants("enfants")).containsExactly("enfants", "enfant", "enfance");
    assertThat(UnitSearch.variants("sociales")).containsExactly("sociales", "sociale", "social");
    assertThat(UnitSearch.variants("urgence")).containsExactly("urgence", "urgenc", "urgent");
    assertThat(UnitSearch.variants("dent")).containsExactly("dent");
    assertThat(UnitSearch.variants("as")).containsExactly("as");
  }

  @Test
  void a_plural_in_x_stands_for_its_singular() {
    // when / then
    assertThat(UnitSearch.variants("jeux")).containsExactly("jeux", "jeu");
  }

  @Test
  void a_word_of_three_letters_keeps_its_last_letter() {
    // given « ans » and « âge » (« age » once accents are dropped), too short to be cut

    // when / then
    assertThat(UnitSearch.variants("ans")).containsExactly("ans");
    assertThat(UnitSearch.variants("age")).containsExactly("age");
    assertThat(UnitSearch.variants("ages")).containsExactly("ages", "age");
  }

  @Test
  void a_search_without_any_word_is_refused() {
    // when / then
    assertThatThrownBy(() -> UnitSearch.of(" ’ - "))
        .isInstanceOfSatisfying(
            InvariantViolation.class,
            e -> assertThat(e.invariant()).isEqualTo(Invariant.VALUE_REQUIRED));
  }

  private static OrgUnit unit(
      String id, UnitKind kind, String name, String acronym, String... attributions) {
    ImmutableOrgUnit.Builder builder =
        OrgUnit.builder().id(UnitId.of(id)).kind(kind).name(LocalizedText.of("fr", name));
    if (acronym != null) {
      builder.acronym(acronym);
    }
    if (attributions.length > 0) {
      builder.mandate(
          new Mandate(
              Optional.empty(),
              false,
              ImmutableList.copyOf(
                  List.of(attributions).stream()
                      .map(a -> Attribution.of(LocalizedText.of("fr", a)))
                      .toList())));
    }
    return builder.build();
  }
}
