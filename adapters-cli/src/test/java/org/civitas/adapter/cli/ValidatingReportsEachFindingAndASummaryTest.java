package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;
import org.junit.jupiter.api.Test;

class ValidatingReportsEachFindingAndASummaryTest {

  private static final Finding PLACEHOLDER =
      new Finding(
          Rule.DATE_PLACEHOLDER,
          "/commitments/0/period/start",
          OptionalInt.of(64),
          "1970-01 is a system default, not a real date: write the real start or leave it out");
  private static final Finding NO_TARGET =
      new Finding(
          Rule.INDICATOR_TARGET_MISSING,
          "/commitments/0/indicators/0",
          OptionalInt.of(92),
          "the indicator has no target: give one so that its achievement can be computed");
  private static final Finding UNKNOWN_PARENT =
      new Finding(
          Rule.REF_UNKNOWN,
          "/units/1/parent",
          OptionalInt.of(9),
          "there is no unit 'masspff': check the id");

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY)
          .with("upe.yaml", Fixtures.upe(), PLACEHOLDER, NO_TARGET)
          .with("togo.yaml", Fixtures.togo())
          .with("notes.yaml", Snapshot.EMPTY, NO_TARGET)
          .with("broken.yaml", Snapshot.EMPTY, UNKNOWN_PARENT);

  @Test
  void warnings_and_notes_are_listed_and_the_file_is_valid() {
    // when
    Run run = Run.of(files, "validate", "upe.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "warning date.placeholder /commitments/0/period/start (line 64): 1970-01 is a system"
                + " default, not a real date: write the real start or leave it out",
            "info indicator.target.missing /commitments/0/indicators/0 (line 92): the indicator has"
                + " no target: give one so that its achievement can be computed",
            "valid: 0 errors, 1 warning, 1 info in upe.yaml");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void a_file_without_findings_is_valid() {
    // when
    Run run = Run.of(files, "validate", "togo.yaml");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("valid: 0 errors, 0 warnings, 0 info in togo.yaml");
  }

  @Test
  void an_error_refuses_the_dataset() {
    // when
    Run run = Run.of(files, "validate", "broken.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "error ref.unknown /units/1/parent (line 9): there is no unit 'masspff': check the id",
            "not valid: 1 error, 0 warnings, 0 info in broken.yaml; correct the errors and validate"
                + " again");
  }

  @Test
  void strict_fails_on_a_warning() {
    // when
    Run run = Run.of(files, "validate", "--strict", "upe.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .last()
        .isEqualTo(
            "not valid under --strict: 0 errors, 1 warning, 1 info in upe.yaml; resolve the"
                + " warnings, or validate without --strict");
  }

  @Test
  void strict_does_not_fail_on_a_note() {
    // when
    Run run = Run.of(files, "validate", "--strict", "notes.yaml");

    // then
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void with_several_files_each_finding_begins_with_its_file() {
    // when
    Run run = Run.of(files, "validate", "upe.yaml", "togo.yaml", "broken.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).matches("^(upe|broken)\\.yaml: .*|^not valid: .*"))
        .last()
        .isEqualTo(
            "not valid: 1 error, 1 warning, 1 info in 3 files; correct the errors and validate"
                + " again");
    assertThat(run.outLines().get(2)).startsWith("broken.yaml: error ref.unknown /units/1/parent");
  }

  @Test
  void in_json_each_finding_is_an_object_and_the_counts_are_given() {
    // when
    Run run = Run.of(files, "validate", "--format", "json", "upe.yaml", "broken.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = run.json();
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("strict").asBoolean()).isFalse();
    assertThat(json.get("files").get(1).asText()).isEqualTo("broken.yaml");
    assertThat(json.get("counts").get("error").asInt()).isEqualTo(1);
    assertThat(json.get("counts").get("warning").asInt()).isEqualTo(1);
    assertThat(json.get("counts").get("info").asInt()).isEqualTo(1);
    JsonNode first = json.get("findings").get(0);
    assertThat(first.get("file").asText()).isEqualTo("upe.yaml");
    assertThat(first.get("severity").asText()).isEqualTo("warning");
    assertThat(first.get("code").asText()).isEqualTo("date.placeholder");
    assertThat(first.get("path").asText()).isEqualTo("/commitments/0/period/start");
    assertThat(first.get("line").asInt()).isEqualTo(64);
    assertThat(first.get("message").asText()).startsWith("1970-01 is a system default");
  }

  @Test
  void a_file_that_cannot_be_read_is_an_io_error() {
    // when
    Run run = Run.of(files, "validate", "upe.yaml", "missing.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("civitas: cannot read missing.yaml: no such file");
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_the_nearest_option() {
    // when
    Run run = Run.of(files, "validate", "--strcit", "upe.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "civitas: unknown option: '--strcit' (did you mean --strict?); see 'civitas validate"
                + " --help'");
  }

  @Test
  void without_a_file_there_is_nothing_to_validate() {
    // when
    Run run = Run.of(files, "validate");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("civitas: missing required parameter: 'FILE'");
  }
}
