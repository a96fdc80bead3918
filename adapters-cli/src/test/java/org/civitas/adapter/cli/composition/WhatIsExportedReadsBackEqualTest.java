package org.civitas.adapter.cli.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.adapter.cli.composition.Databases.examples;
import static org.civitas.adapter.cli.composition.Databases.words;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export writes the stored record: as a dataset file that imports back to an equal record, or as
 * CSV tables with their headers.
 */
class WhatIsExportedReadsBackEqualTest {

  private static final Map<String, String> NO_ENVIRONMENT = Map.of();

  @TempDir Path temp;

  private String url;

  @BeforeEach
  void the_examples_are_stored() {
    url = Databases.h2(temp, "source");
    Command imported = Command.run(NO_ENVIRONMENT, words(examples(), "import", "--db", url));
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void yaml_and_json_import_back_to_an_equal_record() {
    // given
    Path yaml = temp.resolve("record.yaml");
    Path json = temp.resolve("record.json");
    String fromYaml = Databases.h2(temp, "from-yaml");
    String fromJson = Databases.h2(temp, "from-json");

    // when
    Command toYaml = Command.run(NO_ENVIRONMENT, "export", "--db", url, "-o", yaml);
    Command toJson = Command.run(NO_ENVIRONMENT, "export", "--db", url, "-o", json);
    Command.run(NO_ENVIRONMENT, "import", "--db", fromYaml, yaml);
    Command.run(NO_ENVIRONMENT, "import", "--db", fromJson, json);

    // then
    assertThat(toYaml.outLines())
        .containsExactly("exported 39 units, 2 strategies and 1 commitment as yaml to " + yaml);
    assertThat(toJson.outLines())
        .containsExactly("exported 39 units, 2 strategies and 1 commitment as json to " + json);
    Snapshot original = Databases.stored(url);
    assertThat(original.units()).hasSize(39);
    assertThat(original.restructurings()).hasSize(2);
    assertThat(Databases.stored(fromYaml)).isEqualTo(original);
    assertThat(Databases.stored(fromJson)).isEqualTo(original);
  }

  @Test
  void exported_to_standard_output_it_is_the_document_alone() throws IOException {
    // given
    Path file = temp.resolve("record.json");
    Command.run(NO_ENVIRONMENT, "export", "--db", url, "-o", file);

    // when
    Command printed = Command.run(NO_ENVIRONMENT, "export", "--db", url, "--format", "json");

    // then
    assertThat(printed.exitCode()).isZero();
    assertThat(printed.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(printed.out()).startsWith("{\n  \"civitas\": 1,\n  \"language\": \"fr\",");
  }

  @Test
  void csv_gives_each_table_after_its_name_with_a_header() {
    // when
    Command csv = Command.run(NO_ENVIRONMENT, "export", "--db", url, "--format", "csv");

    // then
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).contains("\r\n").doesNotContain("\r\r");
    assertThat(csv.outLines())
        .startsWith(
            "# units",
            "id,kind,parent,name,acronym,territory_level,territory_name,established,dissolved,"
                + "staff,mandate_basis,mandate_exhaustive")
        .contains(
            "das,division,prefecture-agadir-ida-outanane,Division de l’Action Sociale,DAS,,,,,11,,"
                + "true",
            "# activities",
            "commitment,id,title,start,end,status,progress,weight",
            "upe,suivi-appui-upe,Suivi de l’appui à la mise en place des unités de protection de"
                + " l'enfance selon les procédures du partenariat entre le Ministère et les"
                + " associations de la société civile,2024-01,2025-12,in-progress,30,1",
            "# measurements",
            "commitment,indicator,date,value");
  }

  @Test
  void csv_to_a_directory_gives_one_file_per_table() throws IOException {
    // given
    Path directory = temp.resolve("tables");

    // when
    Command csv =
        Command.run(NO_ENVIRONMENT, "export", "--db", url, "--format", "csv", "-o", directory);

    // then
    assertThat(csv.outLines())
        .containsExactly(
            "exported 39 units, 2 strategies and 1 commitment as csv to "
                + directory
                + " (11 tables)");
    try (var files = Files.list(directory)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "activities.csv",
              "attributions.csv",
              "commitments.csv",
              "indicators.csv",
              "links.csv",
              "measurements.csv",
              "partners.csv",
              "posts.csv",
              "strategies.csv",
              "strategy_elements.csv",
              "units.csv");
    }
    List<String> units =
        List.of(
            Files.readString(directory.resolve("units.csv"), StandardCharsets.UTF_8).split("\r\n"));
    assertThat(units).hasSize(40);
    assertThat(units.get(0)).startsWith("id,kind,parent,name,");
    // the Moroccan ministry under its latest name, the restructurings applied
    assertThat(units)
        .contains(
            "msisf,ministry,,\"Ministère de la Solidarité, de l'Insertion Sociale et de la"
                + " Famille\",MSISF,,,,,,,");
  }

  @Test
  void the_dataset_files_given_with_data_are_converted() {
    // when
    Command yaml =
        Command.run(
            NO_ENVIRONMENT,
            "export",
            "--format",
            "yaml",
            "--data",
            Command.example("benin-sg.yaml"));

    // then
    assertThat(yaml.exitCode()).isZero();
    assertThat(yaml.outLines()).startsWith("civitas: 1", "language: fr", "units:", "  - id: sgm");
  }

  @Test
  void a_dataset_file_is_not_written_over_a_directory() throws IOException {
    // given
    Path directory = Files.createDirectory(temp.resolve("ministere"));

    // when
    Command refused =
        Command.run(NO_ENVIRONMENT, "export", "--db", url, "--format", "yaml", "-o", directory);

    // then
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.errLines())
        .containsExactly(
            "civitas: cannot write " + directory + ": it is a directory: name the file to write");
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }
}
