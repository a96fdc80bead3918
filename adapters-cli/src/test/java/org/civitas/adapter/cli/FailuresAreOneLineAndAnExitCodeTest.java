package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.Civitas;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.Rule;
import org.junit.jupiter.api.Test;

class FailuresAreOneLineAndAnExitCodeTest {

  private static final Finding CYCLE =
      new Finding(
          Rule.UNIT_CYCLE,
          "/units/2/parent",
          OptionalInt.of(14),
          "the parent chain of 'dgpe' comes back to it: give one of them another parent");

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY)
          .with("togo.yaml", Fixtures.togo())
          .with("loop.yaml", Fixtures.togo(), CYCLE);

  @Test
  void a_query_on_a_dataset_with_errors_is_refused_with_its_errors() {
    // when
    Run run = Run.of(files, "tree", "--data", "loop.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "error unit.cycle /units/2/parent (line 14): the parent chain of 'dgpe' comes back to it:"
                + " give one of them another parent",
            "civitas: the dataset has 1 error: correct it (civitas validate loop.yaml) and ask again");
  }

  @Test
  void with_several_files_the_errors_name_their_file() {
    // when
    Run run = Run.of(files, "tree", "--data", "togo.yaml", "--data", "loop.yaml");

    // then
    assertThat(run.errLines().get(0)).startsWith("loop.yaml: error unit.cycle /units/2/parent");
    assertThat(run.errLines().get(1)).contains("civitas validate togo.yaml loop.yaml");
  }

  @Test
  void an_unknown_id_is_refused() {
    // when
    Run run = Run.of(files, "show", "commitment", "upe", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("civitas: there is no commitment 'upe': check the id");
  }

  @Test
  void an_id_that_cannot_be_one_is_a_usage_error() {
    // when
    Run run = Run.of(files, "show", "unit", "DGPE", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("civitas: 'DGPE' is not a valid unit id: use lower-case letters");
  }

  @Test
  void a_date_must_be_a_full_day() {
    // when
    Run run = Run.of(files, "tree", "--data", "togo.yaml", "--as-of", "2026-11");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "civitas: invalid value for option '--as-of': '2026-11' is not a day: write a full date"
                + " YYYY-MM-DD, e.g. 2026-11-22; see 'civitas tree --help'");
  }

  @Test
  void a_query_without_files_or_a_database_says_how_to_get_data() {
    // when
    Run run = Run.of(files, "progress");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "civitas: no data: import a dataset first with `civitas import FILE…`, or give --data"
                + " FILE (there is no database at memory:civitas yet)");
  }

  @Test
  void a_query_reads_files_or_a_database_not_both() {
    // when
    Run run = Run.of(files, "tree", "--data", "togo.yaml", "--db", "jdbc:h2:file:/srv/civitas");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "civitas: give either --data or --db, not both: a query reads one record; see 'civitas"
                + " tree --help'");
  }

  @Test
  void an_unknown_command_suggests_the_nearest() {
    // when
    Run run = Run.of(files, "tre");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "civitas: unknown command 'tre' (did you mean tree or report or progress?); see 'civitas --help'");
  }

  @Test
  void no_command_is_a_usage_error() {
    // when
    Run run = Run.of(files);

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("civitas: give a command");
  }

  @Test
  void an_unexpected_failure_is_an_internal_error_without_a_stack_trace() {
    // when
    Run run = Run.of(new Broken(), "tree", "--data", "togo.yaml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "civitas: internal error (IllegalStateException: the store is gone); run it again with"
                + " --verbose to see where it happened, and report it");
  }

  @Test
  void verbose_adds_the_stack_trace_wherever_it_is_given() {
    // when
    Run run = Run.of(new Broken(), "tree", "--data", "togo.yaml", "--verbose");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("civitas: internal error");
    assertThat(run.errLines().get(1))
        .isEqualTo("java.lang.IllegalStateException: the store is gone");
    assertThat(run.errLines().get(2)).startsWith("\tat org.civitas.adapter.cli.");
  }

  /** Reads the Togolese units, then fails as a broken adapter would. */
  private static final class Broken implements Wiring {
    @Override
    public DatasetFiles datasetFiles() {
      return paths -> new Dataset(Fixtures.togo(), com.google.common.collect.ImmutableList.of());
    }

    @Override
    public Civitas civitasOver(Snapshot snapshot) {
      throw new IllegalStateException("the store is gone");
    }

    @Override
    public Database database(Optional<String> url, Database.Access access) {
      throw new IllegalStateException("the store is gone");
    }

    @Override
    public DatasetOutput datasetOutput() {
      throw new IllegalStateException("the disk is gone");
    }

    @Override
    public Snapshot syntheticDataset(int units, int commitments, long seed) {
      throw new IllegalStateException("the generator is gone");
    }

    @Override
    public List<Path> exampleFiles() {
      throw new IllegalStateException("the examples are gone");
    }

    @Override
    public Database temporaryDatabase() {
      throw new IllegalStateException("the store is gone");
    }

    @Override
    public Server serve(Database database, String host, int port, boolean tokenOnlyReads) {
      throw new IllegalStateException("the network is gone");
    }
  }
}
