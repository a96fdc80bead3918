package org.civitas.adapter.cli;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civitas.application.port.in.CommitmentSummary;
import org.civitas.domain.commitment.RollUp;
import org.civitas.domain.commitment.ScheduleState;

/** The derived figures as lines of text: a commitment's bar and state, a unit's roll-up. */
final class Figures {

  /** The widest state code, {@code not-started-yet}, so that what follows lines up. */
  private static final int STATE_WIDTH = 15;

  private Figures() {}

  /** A schedule state padded to one width, coloured. */
  static String state(Optional<ScheduleState> state, Style style) {
    return state
        .map(s -> style.state(s, Text.pad(s.code(), STATE_WIDTH, false)))
        .orElse(style.dim(Text.pad("no activity", STATE_WIDTH, false)));
  }

  /** {@code ███████░░░░░░░░░░░░░ 35.0 % overdue upe — Appui aux associations …}. */
  static String commitment(CommitmentSummary summary, Style style) {
    return Text.progress(summary.progress())
        + "  "
        + state(summary.state(), style)
        + "  "
        + style.bold(summary.id().value())
        + " — "
        + summary.title().text();
  }

  /**
   * {@code ███████░░░░░░░░░░░░░ 35.0 % 2 commitments: overdue 1, on-track 1}: the mean progress of
   * the commitments with a figure, then how many stand in each state, worst first.
   */
  static String rollUp(RollUp rollUp, Style style) {
    if (rollUp.commitments() == 0) {
      return style.dim("no commitment");
    }
    List<String> states = new ArrayList<>();
    // ScheduleState is declared best first.
    for (ScheduleState state : Lists.reverse(Arrays.asList(ScheduleState.values()))) {
      int n = rollUp.states().getOrDefault(state, 0);
      if (n > 0) {
        states.add(style.state(state, state.code() + " " + n));
      }
    }
    return Text.progress(rollUp.meanProgress())
        + "  "
        + Text.count(rollUp.commitments(), "commitment", "commitments")
        + (states.isEmpty() ? "" : ": " + String.join(", ", states));
  }
}
