package org.civitas.adapter.persistence.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.civitas.domain.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ministry may be sent any file: whatever it holds, reading ends with findings (or an I/O error
 * for a file that cannot be opened), never with a crash, and within the limits.
 */
class HostileFilesTest {

  /** Generous for a shared machine; a scan quadratic in the line length would take minutes. */
  private static final Duration FAST = Duration.ofSeconds(30);

  private final DatasetReader reader = Fixtures.formatOnlyReader();

  @TempDir Path directory;

  private static Finding only(DatasetReading reading) {
    assertThat(reading.findings()).hasSize(1);
    return reading.findings().get(0).finding();
  }

  @Test
  void an_empty_file_says_it_is_empty() {
    // given
    DatasetSource empty = DatasetSource.of("vide.yaml", new byte[0]);

    // when
    Finding finding = only(reader.read(empty));

    // then
    assertThat(finding.code()).isEqualTo("format.version");
    assertThat(finding.line()).hasValue(1);
    assertThat(finding.message()).startsWith("the file is empty");
  }

  @Test
  void a_file_of_comments_only_is_empty_too() {
    // given
    DatasetSource comments = Fixtures.yaml("commentaires.yaml", "# à compléter\n\n   \n");

    // when
    Finding finding = only(reader.read(comments));

    // then
    assertThat(finding.message()).startsWith("the file is empty");
  }

  @Test
  void a_binary_file_is_not_text() {
    // given
    byte[] random = new byte[4096];
    new Random(20240101).nextBytes(random);

    for (String name : List.of("photo.yaml", "photo.json", "photo")) {
      // when
      Finding finding = only(reader.read(DatasetSource.of(name, random)));

      // then
      assertThat(finding.code()).isEqualTo("format.syntax");
      assertThat(finding.message()).contains("is it a binary file?");
    }
  }

  @Test
  void a_control_character_is_refused_with_its_line() {
    // given
    DatasetSource file =
        Fixtures.yaml("ministere.yaml", "civitas: 1\nlanguage: fr\nunits: [\u0000]\n");

    // when
    Finding finding = only(reader.read(file));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.line()).hasValue(3);
    assertThat(finding.message())
        .startsWith("the file holds the control character U+0000 on line 3");
  }

  @Test
  void a_utf8_byte_order_mark_is_accepted() {
    // given
    byte[] withBom =
        ("\uFEFFcivitas: 1\n"
                + "language: fr\n"
                + "units:\n"
                + "  - {id: sg, kind: general-secretariat, name: Secrétariat général}\n")
            .getBytes(StandardCharsets.UTF_8);

    // when
    DatasetReading reading =
        reader.read(DatasetSource.of("bom.yaml", withBom), DatasetSource.of("bom", withBom));

    // then
    assertThat(reading.findings()).isEmpty();
    assertThat(reading.snapshot().units()).hasSize(2);
  }

  @Test
  void a_50_mb_file_made_of_one_huge_line_is_refused_quickly() throws IOException {
    // given
    Path file = directory.resolve("enorme.yaml");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "civitas: 1\n"
              + "language: fr\n"
              + "units:\n"
              + "  - id: sg\n"
              + "    kind: general-secretariat\n"
              + "    name: ");
      char[] chunk = "Secrétariat".repeat(1_000).toCharArray();
      for (int i = 0; i < 4_200; i++) {
        out.write(chunk);
      }
      out.write('\n');
    }
    assertThat(Files.size(file)).isGreaterThan(50_000_000L);

    // when
    DatasetReading reading = assertTimeoutPreemptively(FAST, () -> reader.read(file));

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.line()).hasValue(6);
    assertThat(finding.message())
        .isEqualTo(
            "line 6 is longer than 262144 characters: break it (a YAML text may run over several"
                + " lines)");
  }

  @Test
  void a_50_mb_file_of_many_units_is_read_within_the_limits() throws IOException {
    // given
    Path file = directory.resolve("unites.json");
    String mandate =
        "assurer le suivi administratif des dossiers, veiller aux relations avec les autres départements "
            .repeat(10);
    int units = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"civitas\": 1, \"language\": \"fr\", \"units\": [\n");
      out.write("{\"id\": \"masspf\", \"kind\": \"ministry\", \"name\": \"Ministère\"}");
      while (Files.size(file) < 50_000_000L || units % 1_000 != 0) {
        units++;
        out.write(
            ",\n{\"id\": \"service-"
                + units
                + "\", \"kind\": \"service\", \"parent\": \"masspf\","
                + " \"name\": \"Service n° "
                + units
                + "\", \"mandate\": {\"attributions\": [\""
                + mandate
                + "\"]}}");
        if (units % 1_000 == 0) {
          out.flush();
        }
      }
      out.write("\n]}\n");
    }
    // when
    DatasetReading reading = assertTimeoutPreemptively(FAST, () -> reader.read(file));

    // then
    assertThat(reading.findings()).isEmpty();
    assertThat(reading.snapshot().units()).hasSize(units + 1);
  }

  @Test
  void a_file_over_the_size_limit_is_refused_unread() throws IOException {
    // given
    Path file = directory.resolve("gros.yaml");
    Files.writeString(file, "civitas: 1\nlanguage: fr\n# " + "x".repeat(2_000) + "\n");
    DatasetReader small =
        new DatasetReader(DatasetLimits.DEFAULT.withMaxBytes(1_024), s -> List.of());

    // when
    Finding finding = only(small.read(file));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.message())
        .isEqualTo(
            "the file holds 2027 bytes, more than the 1024 bytes a dataset file may hold: split it"
                + " into several files");
  }

  @Test
  void a_stream_over_the_size_limit_is_refused_as_soon_as_it_passes_it() {
    // given
    byte[] big =
        ("civitas: 1\nlanguage: fr\n# " + "x".repeat(2_000) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    DatasetSource upload = DatasetSource.of("envoi.yaml", new ByteArrayInputStream(big));
    DatasetReader small =
        new DatasetReader(DatasetLimits.DEFAULT.withMaxBytes(1_024), s -> List.of());

    // when
    Finding finding = only(small.read(upload));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.message())
        .startsWith("the file holds more than the 1024 bytes a dataset file may hold");
  }

  @Test
  void ten_thousand_nested_yaml_lists_are_refused_at_the_depth_limit() {
    // given
    DatasetSource deep = Fixtures.yaml("profond.yaml", "[".repeat(10_000));

    // when
    Finding finding = only(reader.read(deep));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.message())
        .isEqualTo(
            "mappings and lists nest more than 64 levels deep (line 1): a dataset never needs so"
                + " many");
  }

  @Test
  void ten_thousand_nested_json_objects_are_refused_at_the_depth_limit() {
    // given
    DatasetSource deep = Fixtures.yaml("profond.json", "{\"a\":".repeat(10_000));

    // when
    Finding finding = only(reader.read(deep));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.message()).startsWith("mappings and lists nest more than 64 levels deep");
  }

  @Test
  void a_billion_laughs_alias_bomb_is_refused_at_its_first_alias() {
    // given
    String bomb =
        """
        civitas: 1
        language: fr
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    // when
    Finding finding = only(reader.read(Fixtures.yaml("lol.yaml", bomb)));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.line()).hasValue(4);
    assertThat(finding.message())
        .isEqualTo(
            "line 4 uses the YAML alias *a: aliases are not accepted in a dataset; write the value"
                + " out in full");
  }

  @Test
  void a_duplicate_key_is_a_syntax_finding_and_the_first_value_is_kept() {
    // given
    String yaml =
        """
        civitas: 1
        language: fr
        units:
          - id: sg
            name: Secrétariat général
            kind: general-secretariat
            name: Secrétariat général adjoint
        """;

    // when
    DatasetReading reading = reader.read(Fixtures.yaml("ministere.yaml", yaml));

    // then
    Finding finding = only(reading);
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.path()).isEqualTo("/units/0/name");
    assertThat(finding.line()).hasValue(7);
    assertThat(finding.message())
        .isEqualTo("duplicate key 'name' (first on line 5): keep only one; the first is read");
    assertThat(reading.snapshot().units().get(0).name().text()).isEqualTo("Secrétariat général");
  }

  @Test
  void a_duplicate_key_in_json_is_found_too() {
    // given
    String json = "{\n\"civitas\": 1,\n\"language\": \"fr\",\n\"language\": \"ar\"\n}";

    // when
    Finding finding = only(reader.read(Fixtures.yaml("ministere.json", json)));

    // then
    assertThat(finding.path()).isEqualTo("/language");
    assertThat(finding.line()).hasValue(4);
    assertThat(finding.message()).startsWith("duplicate key 'language' (first on line 3)");
  }

  @Test
  void a_second_yaml_document_in_one_file_is_refused() {
    // given
    String yaml = "civitas: 1\nlanguage: fr\n---\ncivitas: 1\nlanguage: ar\n";

    // when
    Finding finding = only(reader.read(Fixtures.yaml("deux.yaml", yaml)));

    // then
    assertThat(finding.code()).isEqualTo("format.syntax");
    assertThat(finding.line()).hasValue(4);
    assertThat(finding.message()).startsWith("a second document starts on line 4");
  }

  @Test
  void too_many_values_or_too_long_a_text_are_refused() {
    // given
    String many = "civitas: 1\nlanguage: fr\nunits: [" + "1,".repeat(100) + "1]\n";
    String longText =
        "civitas: 1\nlanguage: fr\nunits: [{id: a, kind: service, name: "
            + "x".repeat(70_000)
            + "}]\n";
    DatasetReader fewValues =
        new DatasetReader(DatasetLimits.DEFAULT.withMaxValues(50), s -> List.of());

    // when
    Finding tooMany = only(fewValues.read(Fixtures.yaml("many.yaml", many)));
    Finding tooLong =
        only(reader.read(Fixtures.yaml("long.json", "{\"name\": \"" + "x".repeat(70_000) + "\"}")));
    Finding tooLongYaml = only(reader.read(Fixtures.yaml("long.yaml", longText)));

    // then
    assertThat(tooMany.message()).startsWith("the file holds more than 50 values");
    assertThat(tooLong.message())
        .isEqualTo("a text on line 1 is longer than 65536 characters: shorten it");
    assertThat(tooLongYaml.message())
        .isEqualTo("a text on line 3 is longer than 65536 characters: shorten it");
  }

  @Test
  void reading_stops_after_a_thousand_findings() {
    // given
    StringBuilder yaml = new StringBuilder("civitas: 1\nlanguage: fr\nunits:\n");
    for (int i = 0; i < 2_000; i++) {
      yaml.append("  - {id: u").append(i).append(", kind: servise, name: Service}\n");
    }

    // when
    DatasetReading reading = reader.read(Fixtures.yaml("erreurs.yaml", yaml.toString()));

    // then
    assertThat(reading.findings()).hasSize(1_001);
    assertThat(reading.findings().get(1_000).finding().message())
        .isEqualTo(
            "more than 1000 findings: reading stopped here; fix these and read the file again");
    assertThat(reading.snapshot().units()).isEmpty();
  }

  @Test
  void a_file_that_cannot_be_opened_is_an_io_error_not_a_finding() {
    // given
    Path missing = directory.resolve("absent.yaml");

    // when / then
    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.yaml");
  }
}
