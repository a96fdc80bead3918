package org.civitas.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bars a person sees on a terminal: the task, its share done in MiB, or the time taken. */
class ProgressBarsAreDrawnForPeopleTest {

  private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  private final Progress bars =
      Progress.bars(new PrintStream(terminal, true, StandardCharsets.UTF_8));

  @Test
  void a_phase_of_known_size_shows_its_share_done_in_mib() {
    // when
    try (Progress.Phase reading = bars.begin("Reading ministere.yaml", 4L << 20)) {
      reading.advance(4L << 20);
    }

    // then
    String drawn = terminal.toString(StandardCharsets.UTF_8);
    assertThat(drawn).contains("Reading ministere.yaml", "100%", "4/4 MiB");
  }

  @Test
  void a_phase_of_unknown_size_shows_the_time_it_takes() {
    // when
    bars.begin("Storing 23 units", Progress.UNKNOWN).close();

    // then
    String drawn = terminal.toString(StandardCharsets.UTF_8);
    assertThat(drawn).contains("Storing 23 units", "(0:00:00)").doesNotContain("%,");
  }
}
