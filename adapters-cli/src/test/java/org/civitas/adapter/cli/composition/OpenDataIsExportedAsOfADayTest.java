package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.cli.composition.Databases.examples;
import static org.civitas.adapter.cli.composition.Databases.words;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code civitas export --format jsonld|popolo|ogp-csv} writes the record as open data, as of the
 * day asked (today when not), to standard output or to the file {@code -o} names.
 */
class OpenDataIsExportedAsOfADayTest {

  private static final Map<String, String> NO_ENVIRONMENT = Map.of();
  private static final Path DOCS = Path.of("..", "docs", "examples");

  @TempDir Path temp;

  @ParameterizedTest(name = "{1} of {0}")
  @CsvSource({
    "togo-masspf, jsonld, .jsonld",
    "maroc-upe, jsonld, .jsonld",
    "togo-masspf, popolo, .popolo.json",
    "benin-sg, popolo, .popolo.json",
    "maroc-upe, ogp-csv, .ogp.csv"
  })
  void an_example_exported_on_the_day_of_the_docs_is_the_file_in_the_docs(
      String example, String format, String extension) throws IOException {
    // when
    Command exported =
        Command.run(
            "export",
            "--format",
            format,
            "--as-of",
            "2025-01-01",
            "--data",
            Command.example(example + ".yaml"));

    // then
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out())
        .isEqualTo(Files.readString(DOCS.resolve(example + extension), StandardCharsets.UTF_8));
  }

  @Test
  void the_stored_record_goes_to_the_file_named_in_utf_8_and_the_command_says_so()
      throws IOException {
    // given
    String url = Databases.h2(temp, "record");
    Command.run(NO_ENVIRONMENT, words(examples(), "import", "--db", url));
    Path file = temp.resolve("plan.ogp.csv");

    // when
    Command exported =
        Command.run(NO_ENVIRONMENT, "export", "--db", url, "--as-of", "2026-11-22", "-o", file);

    // then
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.outLines())
        .containsExactly("exported 39 units, 2 strategies and 1 commitment as ogp-csv to " + file);
    String csv = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("commitment_id,commitment_title,lead_institution_id,lead_institution,")
        .contains(
            "upe,Appui aux associations pour créer les unités de protection de l’enfance,msisf,"
                + "\"Ministère de la Solidarité, de l'Insertion Sociale et de la Famille\",")
        .contains(",2026-11-22,100,overdue,35,overdue\r\n")
        .endsWith("\r\n");
    assertThat(csv.split("\r\n")).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "record.jsonld, '\"@context\": {'",
    "record.popolo.json, '\"organizations\": ['",
    "plan.ogp.csv, 'commitment_id,commitment_title,'"
  })
  void the_file_name_names_the_format(String name, String expected) throws IOException {
    // given
    Path file = temp.resolve(name);

    // when
    Command exported =
        Command.run("export", "--data", Command.example("maroc-upe.yaml"), "-o", file);

    // then
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(expected);
  }

  @Test
  void a_base_iri_starts_every_iri_of_the_jsonld() {
    // when
    Command exported =
        Command.run(
            "export",
            "--format",
            "jsonld",
            "--base-iri",
            "https://data.example.gov/masspf",
            "--data",
            Command.example("togo-masspf.yaml"));

    // then
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out())
        .contains("\"@id\": \"https://data.example.gov/masspf/units/dgpe\"")
        .contains("\"org:subOrganizationOf\": \"https://data.example.gov/masspf/units/masspf\"")
        .doesNotContain("urn:civitas:");
  }

  @Test
  void without_a_day_the_figures_are_those_of_today() {
    // given
    LocalDate before = LocalDate.now(ZoneOffset.UTC);

    // when
    Command exported =
        Command.run("export", "--format", "ogp-csv", "--data", Command.example("maroc-upe.yaml"));

    // then
    LocalDate after = LocalDate.now(ZoneOffset.UTC);
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    String row = exported.out().split("\r\n")[1];
    assertThat(row).containsAnyOf("," + before + ",", "," + after + ",");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--format yaml --as-of 2025-01-01|--as-of is for jsonld, popolo and ogp-csv: yaml is the"
            + " same any day",
        "--format popolo --base-iri https://data.example.gov/|--base-iri is for jsonld: popolo has"
            + " no IRIs",
        "--format jsonld --base-iri data.example.gov|'data.example.gov' is not an absolute IRI",
        "--format xml|'xml' is not a format: give one of yaml, json, csv, jsonld, popolo, ogp-csv",
        "--format ogp-csv --as-of 2025-13|'2025-13' is not a day"
      })
  void an_option_the_format_does_not_take_is_a_usage_error(String options, String message) {
    // when
    Command refused =
        Command.run(
            words(
                List.of(options.split(" ")), "export", "--data", Command.example("benin-sg.yaml")));

    // then
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains(message);
    assertThat(refused.out()).isEmpty();
  }
}
