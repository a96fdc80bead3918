package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Popolo export holds only the fields the Popolo specification defines for each kind of object,
 * with their types and date forms, and its ids refer to objects it holds.
 */
class PopoloHasTheShapeOfTheSpecTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  /** The fields https://www.popoloproject.com/specs/ defines, per kind of object. */
  private static final Set<String> ORGANIZATION =
      Set.of(
          "id",
          "name",
          "other_names",
          "identifiers",
          "classification",
          "parent_id",
          "parent",
          "area_id",
          "area",
          "abstract",
          "description",
          "founding_date",
          "dissolution_date",
          "image",
          "contact_details",
          "links",
          "memberships",
          "posts",
          "children",
          "sources",
          "created_at",
          "updated_at");

  private static final Set<String> POST =
      Set.of(
          "id",
          "label",
          "other_label",
          "role",
          "organization_id",
          "organization",
          "area_id",
          "area",
          "start_date",
          "end_date",
          "contact_details",
          "links",
          "memberships",
          "sources",
          "created_at",
          "updated_at");

  private static final Set<String> PERSON =
      Set.of(
          "id",
          "name",
          "other_names",
          "identifiers",
          "family_name",
          "given_name",
          "additional_name",
          "honorific_prefix",
          "honorific_suffix",
          "patronymic_name",
          "sort_name",
          "email",
          "gender",
          "birth_date",
          "death_date",
          "image",
          "summary",
          "biography",
          "national_identity",
          "contact_details",
          "links",
          "memberships",
          "sources",
          "created_at",
          "updated_at");

  private static final Set<String> MEMBERSHIP =
      Set.of(
          "id",
          "label",
          "role",
          "member",
          "person_id",
          "person",
          "organization_id",
          "organization",
          "post_id",
          "post",
          "on_behalf_of_id",
          "on_behalf_of",
          "area_id",
          "area",
          "start_date",
          "end_date",
          "contact_details",
          "links",
          "sources",
          "created_at",
          "updated_at");

  private static final Set<String> OTHER_NAME =
      Set.of(
          "name",
          "family_name",
          "given_name",
          "additional_name",
          "honorific_prefix",
          "honorific_suffix",
          "patronymic_name",
          "start_date",
          "end_date",
          "note");

  /** Popolo's dates: a year, a month or a day. */
  private static final Pattern DATE = Pattern.compile("^[0-9]{4}(-[0-9]{2}){0,2}$");

  @ParameterizedTest
  @ValueSource(
      strings = {"togo-masspf.yaml", "maroc-agadir-das.yaml", "benin-sg.yaml", "maroc-upe.yaml"})
  void every_object_has_the_fields_of_its_kind_and_refers_to_objects_present(String example) {
    // given
    Snapshot record = Examples.example(example);

    // when
    JsonNode popolo = popolo(record, DAY);

    // then
    assertThat(names(popolo)).containsExactly("organizations", "posts", "persons", "memberships");
    Set<String> organizations = ids(popolo.path("organizations"));
    Set<String> posts = ids(popolo.path("posts"));
    Set<String> persons = ids(popolo.path("persons"));
    assertThat(organizations).hasSize(record.units().size());
    for (JsonNode organization : popolo.path("organizations")) {
      assertThat(names(organization)).isSubsetOf(ORGANIZATION).contains("id", "name");
      assertStrings(organization);
      organization.path("other_names").forEach(n -> assertThat(names(n)).isSubsetOf(OTHER_NAME));
      for (String date : List.of("founding_date", "dissolution_date")) {
        if (organization.has(date)) {
          assertThat(organization.path(date).asText()).matches(DATE);
        }
      }
      if (organization.has("parent_id")) {
        assertThat(organizations).contains(organization.path("parent_id").asText());
      }
    }
    for (JsonNode post : popolo.path("posts")) {
      assertThat(names(post)).isSubsetOf(POST).contains("id", "label", "organization_id");
      assertStrings(post);
      assertThat(organizations).contains(post.path("organization_id").asText());
    }
    for (JsonNode person : popolo.path("persons")) {
      assertThat(names(person)).isSubsetOf(PERSON).contains("id", "name");
    }
    for (JsonNode membership : popolo.path("memberships")) {
      assertThat(names(membership)).isSubsetOf(MEMBERSHIP);
      assertStrings(membership);
      assertThat(persons).contains(membership.path("person_id").asText());
      assertThat(posts).contains(membership.path("post_id").asText());
      assertThat(organizations).contains(membership.path("organization_id").asText());
    }
  }

  @Test
  void organizations_have_their_kind_and_the_parent_they_have_on_the_day() {
    // when
    JsonNode popolo = popolo(Examples.example("togo-masspf.yaml"), DAY);

    // then
    assertThat(organization(popolo, "dgpe"))
        .isEqualTo(
            object()
                .put("id", "dgpe")
                .put("name", "Direction générale de la protection de l’enfance")
                .put("classification", "general-directorate")
                .put("parent_id", "masspf"));
    assertThat(organization(popolo, "masspf").has("parent_id")).isFalse();
    assertThat(popolo.path("posts")).isEmpty();
    assertThat(popolo.path("persons")).isEmpty();
    assertThat(popolo.path("memberships")).isEmpty();
  }

  @Test
  void a_post_is_listed_with_its_role_and_a_named_holder_as_a_person_and_a_membership() {
    // when
    JsonNode popolo = popolo(Examples.example("benin-sg.yaml"), DAY);

    // then
    assertThat(popolo.path("posts")).hasSize(4);
    assertThat(popolo.path("posts").get(0))
        .isEqualTo(
            object()
                .put("id", "sgm/posts/1")
                .put("label", "Secrétaire général")
                .put("role", "head")
                .put("organization_id", "sgm"));
    assertThat(popolo.path("persons"))
        .containsExactly(
            object().put("id", "sgm/posts/1/holder").put("name", "Professeur Daton MEDENOU"),
            object()
                .put("id", "sgm/posts/2/holder")
                .put("name", "Madame Lidwine GLELE GNANSOUNOU"));
    assertThat(popolo.path("memberships").get(1))
        .isEqualTo(
            object()
                .put("id", "sgm/posts/2/membership")
                .put("label", "Secrétaire générale adjointe")
                .put("role", "deputy")
                .put("person_id", "sgm/posts/2/holder")
                .put("organization_id", "sgm")
                .put("post_id", "sgm/posts/2"));
  }

  @Test
  void acronyms_and_names_in_other_languages_are_other_names_and_dates_are_as_given() {
    // when
    JsonNode popolo = popolo(Fixtures.record(), DAY);

    // then
    JsonNode das = organization(popolo, "das");
    assertThat(das.path("other_names"))
        .containsExactly(
            object().put("name", "DAS").put("note", "acronym"),
            object().put("name", "قسم العمل الاجتماعي").put("note", "name in ar"));
    assertThat(das.path("founding_date").asText()).isEqualTo("2005-05");
    assertThat(das.has("dissolution_date")).isFalse();
  }

  @Test
  void a_unit_moved_has_the_parent_of_the_day_asked() {
    // given the DPA under the DGAS until 2019, then under the DGPE (made up)
    ImmutableList<OrgUnit> units =
        Fixtures.changing(
            Fixtures.togoUnits(),
            "dpa",
            u ->
                u.withParents(
                    new ParentLink(UnitId.of("dgas"), Period.until(PartialDate.ofYear(2019))),
                    new ParentLink(UnitId.of("dgpe"), Period.from(PartialDate.ofYear(2020)))));
    Snapshot record = new Snapshot(units, ImmutableList.of(), ImmutableList.of());

    // when
    JsonNode in2019 = popolo(record, LocalDate.of(2019, 6, 1));
    JsonNode in2020 = popolo(record, LocalDate.of(2020, 6, 1));

    // then
    assertThat(organization(in2019, "dpa").path("parent_id").asText()).isEqualTo("dgas");
    assertThat(organization(in2020, "dpa").path("parent_id").asText()).isEqualTo("dgpe");
  }

  private static JsonNode popolo(Snapshot record, LocalDate day) {
    try {
      return new ObjectMapper().readTree(Examples.export(record, OpenDataFormat.POPOLO, day));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode organization(JsonNode popolo, String id) {
    return StreamSupport.stream(popolo.path("organizations").spliterator(), false)
        .filter(o -> o.path("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("id").asText())
        .collect(Collectors.toSet());
  }

  /** Every scalar field the spec defines as a string is one, and none is empty. */
  private static void assertStrings(JsonNode node) {
    node.fields()
        .forEachRemaining(
            field -> {
              if (field.getValue().isValueNode()) {
                assertThat(field.getValue().isTextual()).as(field.getKey()).isTrue();
                assertThat(field.getValue().asText()).as(field.getKey()).isNotBlank();
              }
            });
  }

  private static ObjectNode object() {
    return new ObjectMapper().createObjectNode();
  }
}
