package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dataset export also serves the record as open data: ORG JSON-LD, Popolo and the OGP table, as
 * of the day asked or the server's today.
 */
class OpenDataOverHttpTest {

  private static final String EXPORT = "/api/v1/dataset/export";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void jsonld_is_the_org_ontology_with_its_context_inline() {
    // when
    TestServer.Answer answer = server.get(EXPORT + "?format=jsonld");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/ld+json");
    assertThat(answer.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"civitas.jsonld\"");
    JsonNode document = answer.json();
    assertThat(document.path("@context").path("org").asText())
        .isEqualTo("http://www.w3.org/ns/org#");
    JsonNode dgpe = node(document, "urn:civitas:units/dgpe");
    assertThat(dgpe.path("org:subOrganizationOf").asText()).isEqualTo("urn:civitas:units/masspf");
    assertThat(dgpe.path("org:purpose").path("fr")).hasSize(6);
    assertThat(node(document, "urn:civitas:record").path("dct:valid").path("@value").asText())
        .as("the server's today")
        .isEqualTo(TestServer.TODAY.toString());
  }

  @Test
  void a_base_names_every_iri_of_the_jsonld() {
    // when
    TestServer.Answer answer =
        server.get(EXPORT + "?format=jsonld&base=https://data.example.gov/masspf/&asOf=2025-01-01");

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode dgpe = node(answer.json(), "https://data.example.gov/masspf/units/dgpe");
    assertThat(dgpe.path("org:subOrganizationOf").asText())
        .isEqualTo("https://data.example.gov/masspf/units/masspf");
  }

  @Test
  void popolo_lists_every_unit_as_an_organization() {
    // when
    TestServer.Answer answer = server.get(EXPORT + "?format=popolo");

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.header("Content-Disposition")).contains("civitas.popolo.json");
    JsonNode popolo = answer.json();
    assertThat(popolo.path("organizations")).hasSize(TestServer.RECORD.units().size());
    assertThat(popolo.path("persons"))
        .extracting(p -> p.path("name").asText())
        .containsExactly("Professeur Daton MEDENOU", "Madame Lidwine GLELE GNANSOUNOU");
  }

  @Test
  void the_ogp_table_gives_the_figures_of_the_day_asked() {
    // when
    TestServer.Answer today = server.get(EXPORT + "?format=ogp-csv");
    TestServer.Answer later = server.get(EXPORT + "?format=ogp-csv&asOf=2026-11-22");

    // then
    assertThat(today.status()).isEqualTo(200);
    assertThat(today.header("Content-Type")).startsWith("text/csv");
    assertThat(today.header("Content-Disposition")).contains("civitas.ogp.csv");
    List<String> rows = rows(today.body());
    assertThat(rows.get(0)).startsWith("commitment_id,commitment_title,lead_institution_id,");
    assertThat(rows).as("a header and a row per activity of the three commitments").hasSize(5);
    assertThat(rows)
        .filteredOn(row -> row.startsWith("upe,"))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).endsWith(",2025-06-30,74.8,behind,35,behind"));
    assertThat(rows)
        .filteredOn(row -> row.startsWith("fixture-dpa,"))
        .singleElement()
        .asString()
        .endsWith(",2025-06-30,49.5,behind,10,behind");
    assertThat(rows(later.body()))
        .filteredOn(row -> row.startsWith("upe,"))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).endsWith(",2026-11-22,100,overdue,35,overdue"));
  }

  @Test
  void an_export_unchanged_since_is_not_sent_again() {
    // given
    String etag = server.get(EXPORT + "?format=ogp-csv&asOf=2026-11-22").header("ETag");

    // when
    TestServer.Answer again =
        server.get(EXPORT + "?format=ogp-csv&asOf=2026-11-22", "If-None-Match", etag);

    // then
    assertThat(etag).isNotBlank();
    assertThat(again.status()).isEqualTo(304);
  }

  @Test
  void a_day_or_a_base_the_format_does_not_use_is_refused() {
    // then
    assertThat(
            server
                .get(EXPORT + "?format=yaml&asOf=2026-11-22")
                .problem(400, "invalid-parameter")
                .path("detail")
                .asText())
        .contains("asOf and base are for the open-data formats");
    assertThat(
            server
                .get(EXPORT + "?format=popolo&base=https://data.example.gov/")
                .problem(400, "invalid-parameter")
                .path("detail")
                .asText())
        .isEqualTo("base is for jsonld: popolo has no IRIs");
    assertThat(
            server
                .get(EXPORT + "?format=jsonld&base=data.example.gov")
                .problem(400, "invalid-parameter")
                .path("detail")
                .asText())
        .contains("is not an absolute IRI");
    server.get(EXPORT + "?format=ogp-csv&asOf=2026-13-01").problem(400, "invalid-parameter");
    server.get(EXPORT + "?format=xml").problem(400, "invalid-parameter");
  }

  private static JsonNode node(JsonNode document, String id) {
    for (JsonNode node : document.path("@graph")) {
      if (node.path("@id").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError(id + " is not in the graph");
  }

  /** The rows of a CSV body without line breaks inside fields, CRLF ended. */
  private static List<String> rows(String csv) {
    assertThat(csv).endsWith("\r\n");
    return new ArrayList<>(List.of(csv.split("\r\n")));
  }
}
