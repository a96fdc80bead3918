package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a terminal, an import shows its phases one after the other: reading the files, checking the
 * rules, storing; a program reading its JSON sees none.
 */
class AnImportShowsHowFarItHasGotTest {

  private final Datasets files =
      new Datasets(Fixtures.CHECK_DAY).with("togo.yaml", Fixtures.togo());

  /** Hears each phase begin and end. */
  private static final class Watched implements Progress {
    final List<String> seen = new ArrayList<>();

    @Override
    public Phase begin(String task, long bytes) {
      seen.add("begin " + task);
      return new Phase() {
        @Override
        public void advance(long more) {
          seen.add("advance " + more);
        }

        @Override
        public void close() {
          seen.add("end " + task);
        }
      };
    }
  }

  @Test
  void reading_checking_and_storing_follow_each_other() {
    // given
    Watched progress = new Watched();

    // when
    Run run = Run.of(files, progress, "import", "togo.yaml");

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(progress.seen)
        .containsExactly(
            "begin Reading togo.yaml",
            "end Reading togo.yaml",
            "begin Checking the rules",
            "end Checking the rules",
            "begin Storing 7 units, 0 strategies and 0 commitments",
            "end Storing 7 units, 0 strategies and 0 commitments");
    assertThat(run.outLines())
        .containsExactly(
            "stored 7 units, 0 strategies and 0 commitments in memory:civitas (0 errors, 0"
                + " warnings, 0 info)");
  }

  @Test
  void json_output_shows_no_progress() {
    // given
    Watched progress = new Watched();

    // when
    Run run = Run.of(files, progress, "import", "togo.yaml", "--format", "json");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(progress.seen).isEmpty();
    assertThat(run.json().get("stored").asBoolean()).isTrue();
  }
}
