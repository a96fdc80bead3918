package org.civitas.adapter.persistence.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civitas.adapter.persistence.opendata.Rdf.CIVITAS;
import static org.civitas.adapter.persistence.opendata.Rdf.DCT;
import static org.civitas.adapter.persistence.opendata.Rdf.FOAF;
import static org.civitas.adapter.persistence.opendata.Rdf.ORG;
import static org.civitas.adapter.persistence.opendata.Rdf.SKOS;
import static org.civitas.adapter.persistence.opendata.Rdf.XSD;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civitas.adapter.persistence.Fixtures;
import org.civitas.domain.organization.Attribution;
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
 * The JSON-LD export, read back as RDF by a JSON-LD processor, says what the record says in the
 * terms of the W3C Organization Ontology.
 */
class TheStructureReadsAsTheOrgOntologyTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String UNITS = "urn:civitas:units/";

  @Test
  void a_directorate_is_a_unit_of_its_ministry_with_its_attributions_as_purposes() {
    // given
    Snapshot togo = Examples.example("togo-masspf.yaml");

    // when
    Rdf rdf = Rdf.read(Examples.export(togo, OpenDataFormat.JSONLD, DAY));

    // then
    String dgpe = UNITS + "dgpe";
    String masspf = UNITS + "masspf";
    assertThat(rdf.types(dgpe))
        .containsExactlyInAnyOrder(ORG + "Organization", ORG + "OrganizationalUnit");
    assertThat(rdf.resources(dgpe, ORG + "subOrganizationOf")).containsExactly(masspf);
    assertThat(rdf.literals(dgpe, ORG + "purpose"))
        .hasSize(6)
        .allSatisfy(purpose -> assertThat(purpose.language()).isEqualTo("fr"))
        .extracting(Rdf.Triple::object)
        .containsExactlyInAnyOrderElementsOf(attributions(togo, "dgpe"))
        .contains(
            "mettre en place un système de collecte, de gestion et de diffusion des données sur les"
                + " enfants");
    assertThat(rdf.literal(dgpe, SKOS + "prefLabel"))
        .extracting(Rdf.Triple::object, Rdf.Triple::language)
        .containsExactly("Direction générale de la protection de l’enfance", "fr");
    assertThat(rdf.literal(dgpe, CIVITAS + "mandateExhaustive"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("false", XSD + "boolean");
    assertThat(rdf.literal(dgpe, ORG + "identifier").object()).isEqualTo("dgpe");
    assertThat(rdf.types(masspf))
        .containsExactlyInAnyOrder(ORG + "Organization", ORG + "FormalOrganization");
    assertThat(rdf.resources(masspf, ORG + "hasSubOrganization"))
        .contains(dgpe, UNITS + "sg", UNITS + "ss-tribunaux")
        .hasSize(12);
    assertThat(rdf.resources(masspf, ORG + "subOrganizationOf")).isEmpty();
  }

  @Test
  void a_kind_is_a_concept_of_the_scheme_of_kinds() {
    // when
    Rdf rdf =
        Rdf.read(Examples.export(Examples.example("togo-masspf.yaml"), OpenDataFormat.JSONLD, DAY));

    // then
    String kind = "urn:civitas:kinds/general-directorate";
    assertThat(rdf.resources(UNITS + "dgpe", ORG + "classification")).containsExactly(kind);
    assertThat(rdf.types(kind)).containsExactly(SKOS + "Concept");
    assertThat(rdf.literal(kind, SKOS + "notation").object()).isEqualTo("general-directorate");
    assertThat(rdf.resources(kind, SKOS + "inScheme")).containsExactly("urn:civitas:kinds");
    assertThat(rdf.types("urn:civitas:kinds")).containsExactly(SKOS + "ConceptScheme");
    assertThat(rdf.ofType(SKOS + "Concept"))
        .as("only the kinds the record uses")
        .containsExactlyInAnyOrder(
            "urn:civitas:kinds/ministry",
            "urn:civitas:kinds/general-secretariat",
            "urn:civitas:kinds/general-directorate",
            "urn:civitas:kinds/directorate",
            "urn:civitas:kinds/regional-directorate",
            "urn:civitas:kinds/social-service");
  }

  @Test
  void a_post_is_in_its_unit_with_its_role_and_held_only_by_a_holder_the_source_names() {
    // when
    Rdf rdf =
        Rdf.read(Examples.export(Examples.example("benin-sg.yaml"), OpenDataFormat.JSONLD, DAY));

    // then
    String sgm = UNITS + "sgm";
    String head = sgm + "/posts/1";
    assertThat(rdf.resources(sgm, ORG + "hasPost"))
        .containsExactlyInAnyOrder(head, sgm + "/posts/2", sgm + "/posts/3", sgm + "/posts/4");
    assertThat(rdf.types(head)).containsExactly(ORG + "Post");
    assertThat(rdf.resources(head, ORG + "postIn")).containsExactly(sgm);
    assertThat(rdf.resources(head, ORG + "role")).containsExactly("urn:civitas:roles/head");
    assertThat(rdf.literal(head, SKOS + "prefLabel"))
        .extracting(Rdf.Triple::object, Rdf.Triple::language)
        .containsExactly("Secrétaire général", "fr");
    assertThat(rdf.resources(head, ORG + "heldBy")).containsExactly(head + "/holder");
    assertThat(rdf.types(head + "/holder")).containsExactly(FOAF + "Person");
    assertThat(rdf.literal(head + "/holder", FOAF + "name").object())
        .isEqualTo("Professeur Daton MEDENOU");
    assertThat(rdf.resources(sgm + "/posts/3", ORG + "heldBy")).isEmpty();
    assertThat(rdf.resources(sgm + "/posts/3", ORG + "role"))
        .containsExactly("urn:civitas:roles/assistant");
    assertThat(rdf.ofType(FOAF + "Person")).hasSize(2);
    assertThat(rdf.types("urn:civitas:roles/head"))
        .containsExactlyInAnyOrder(SKOS + "Concept", ORG + "Role");
    assertThat(rdf.types(sgm))
        .as("a secretariat is part of a ministry, even when the record starts with it")
        .contains(ORG + "OrganizationalUnit");
  }

  @Test
  void an_acronym_is_an_alternative_label_and_a_link_a_kind_of_org_linked_to() {
    // when
    Rdf rdf =
        Rdf.read(Examples.export(Examples.example("maroc-upe.yaml"), OpenDataFormat.JSONLD, DAY));

    // then
    String cape = UNITS + "cape";
    assertThat(rdf.literal(cape, SKOS + "altLabel"))
        .extracting(Rdf.Triple::object, Rdf.Triple::language)
        .containsExactly("CAPE", "fr");
    assertThat(rdf.resources(cape, ORG + "linkedTo"))
        .containsExactlyInAnyOrder(UNITS + "cppe", UNITS + "entraide-nationale");
    assertThat(rdf.resources(cape, CIVITAS + "secretariatOf")).containsExactly(UNITS + "cppe");
    assertThat(rdf.resources(cape, CIVITAS + "attachedTo"))
        .containsExactly(UNITS + "entraide-nationale");
    assertThat(rdf.resources(CIVITAS + "secretariatOf", Rdf.RDFS + "subPropertyOf"))
        .containsExactly(ORG + "linkedTo");
    assertThat(rdf.types(UNITS + "entraide-nationale")).contains(ORG + "FormalOrganization");
  }

  @Test
  void the_hierarchy_is_the_one_in_force_on_the_day_asked() {
    // given the DPA moved from the DGAS to the DGPE at the start of 2020 (made up)
    Snapshot record = moved();

    // when
    Rdf before =
        Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, LocalDate.of(2019, 12, 31)));
    Rdf after = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, LocalDate.of(2020, 1, 1)));

    // then
    assertThat(before.resources(UNITS + "dpa", ORG + "subOrganizationOf"))
        .containsExactly(UNITS + "dgas");
    assertThat(before.resources(UNITS + "dgas", ORG + "hasSubOrganization"))
        .containsExactly(UNITS + "dpa");
    assertThat(after.resources(UNITS + "dpa", ORG + "subOrganizationOf"))
        .containsExactly(UNITS + "dgpe");
    assertThat(after.resources(UNITS + "dgas", ORG + "hasSubOrganization")).isEmpty();
    assertThat(after.literal("urn:civitas:record", DCT + "valid"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2020-01-01", XSD + "date");
  }

  @Test
  void establishment_and_dissolution_are_change_events_dated_as_precisely_as_the_source() {
    // given the DAED dissolved in June 2019 (made up), the DAS established in May 2005
    Snapshot record = moved();

    // when
    Rdf rdf = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, LocalDate.of(2020, 1, 1)));

    // then
    String dissolved = UNITS + "daed/dissolved";
    assertThat(rdf.types(dissolved)).containsExactly(ORG + "ChangeEvent");
    assertThat(rdf.resources(dissolved, ORG + "originalOrganization"))
        .containsExactly(UNITS + "daed");
    assertThat(rdf.resources(dissolved, ORG + "resultingOrganization")).isEmpty();
    assertThat(rdf.literal(dissolved, DCT + "date"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("2019-06", XSD + "gYearMonth");
    assertThat(rdf.literal(dissolved, DCT + "type").object()).isEqualTo("dissolved");
    assertThat(rdf.resources(UNITS + "daed", ORG + "subOrganizationOf"))
        .as("not in the structure of a day after its dissolution")
        .isEmpty();
    assertThat(rdf.resources(UNITS + "das/established", ORG + "resultingOrganization"))
        .containsExactly(UNITS + "das");
    assertThat(rdf.ofType(ORG + "ChangeEvent")).hasSize(2);
  }

  @Test
  void every_language_of_a_name_and_every_fact_of_a_unit_is_kept() {
    // when
    Rdf rdf = Rdf.read(Examples.export(Fixtures.record(), OpenDataFormat.JSONLD, DAY));

    // then
    assertThat(rdf.literals(UNITS + "das", SKOS + "prefLabel"))
        .extracting(Rdf.Triple::language, Rdf.Triple::object)
        .containsExactlyInAnyOrder(
            tuple("fr", "Division de l’action sociale"), tuple("ar", "قسم العمل الاجتماعي"));
    assertThat(rdf.literal(UNITS + "das", CIVITAS + "staff"))
        .extracting(Rdf.Triple::object, Rdf.Triple::datatype)
        .containsExactly("11", XSD + "integer");
    assertThat(rdf.literal(UNITS + "das", DCT + "source").object()).isEqualTo("Circulaire INDH");
    String place = rdf.resources(UNITS + "masspf", DCT + "spatial").iterator().next();
    assertThat(rdf.literal(place, SKOS + "prefLabel"))
        .extracting(Rdf.Triple::object, Rdf.Triple::language)
        .containsExactly("Togo", "fr");
    assertThat(rdf.literal(place, DCT + "type").object()).isEqualTo("national");
  }

  @Test
  void a_base_iri_of_the_publisher_names_every_resource() {
    // given
    BaseIri base = BaseIri.of("https://data.example.gov/masspf");

    // when
    Rdf rdf =
        Rdf.read(
            Examples.export(
                Examples.example("togo-masspf.yaml"), OpenDataFormat.JSONLD, DAY, base));

    // then
    assertThat(
            rdf.resources("https://data.example.gov/masspf/units/dgpe", ORG + "subOrganizationOf"))
        .containsExactly("https://data.example.gov/masspf/units/masspf");
    assertThat(rdf.subjects())
        .filteredOn(s -> !s.startsWith("_:"))
        .allSatisfy(s -> assertThat(s).startsWith("https://data.example.gov/masspf/"));
  }

  @Test
  void a_base_iri_ends_where_a_path_can_follow_and_must_be_absolute() {
    // then
    assertThat(BaseIri.of("https://data.example.gov/masspf").unit(UnitId.of("sg")))
        .isEqualTo("https://data.example.gov/masspf/units/sg");
    assertThat(BaseIri.of("https://data.example.gov/").unit(UnitId.of("sg")))
        .isEqualTo("https://data.example.gov/units/sg");
    assertThat(BaseIri.of("urn:gouv:tg:").post(UnitId.of("sg"), 2))
        .isEqualTo("urn:gouv:tg:units/sg/posts/2");
    assertThat(BaseIri.DEFAULT.unit(UnitId.of("sg"))).isEqualTo("urn:civitas:units/sg");
    assertThatThrownBy(() -> BaseIri.of("data.example.gov/masspf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an absolute IRI");
    assertThatThrownBy(() -> BaseIri.of("https://data example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an IRI");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"togo-masspf.yaml", "maroc-agadir-das.yaml", "benin-sg.yaml", "maroc-upe.yaml"})
  void every_unit_a_unit_or_post_points_to_is_described(String example) {
    // given
    Snapshot record = Examples.example(example);

    // when
    Rdf rdf = Rdf.read(Examples.export(record, OpenDataFormat.JSONLD, DAY));

    // then
    Set<String> organizations = rdf.ofType(ORG + "Organization");
    assertThat(organizations).hasSize(record.units().size());
    List<String> pointers =
        List.of(
            ORG + "subOrganizationOf",
            ORG + "hasSubOrganization",
            ORG + "linkedTo",
            ORG + "postIn");
    assertThat(rdf.triples())
        .filteredOn(t -> pointers.contains(t.predicate()))
        .allSatisfy(t -> assertThat(organizations).contains(t.object()));
  }

  private static List<String> attributions(Snapshot record, String unit) {
    return record
        .unit(UnitId.of(unit))
        .orElseThrow()
        .mandate()
        .orElseThrow()
        .attributions()
        .stream()
        .map(Attribution::text)
        .map(text -> text.text())
        .toList();
  }

  /**
   * Part of the Togolese ministry with the DPA moved to the DGPE from 2020 and the DAED dissolved
   * in June 2019 (both made up), and the Moroccan DAS established in May 2005.
   */
  private static Snapshot moved() {
    ImmutableList<OrgUnit> units =
        Fixtures.changing(
            Fixtures.changing(
                Fixtures.togoUnits(),
                "dpa",
                u ->
                    u.withParents(
                        new ParentLink(
                            UnitId.of("dgas"), Period.until(PartialDate.ofDay(2019, 12, 31))),
                        new ParentLink(
                            UnitId.of("dgpe"), Period.from(PartialDate.ofDay(2020, 1, 1))))),
            "daed",
            u -> u.withLifetime(Period.until(PartialDate.ofMonth(2019, 6))));
    return new Snapshot(
        ImmutableList.<OrgUnit>builder().addAll(units).add(Fixtures.das()).build(),
        ImmutableList.of(),
        ImmutableList.of());
  }
}
