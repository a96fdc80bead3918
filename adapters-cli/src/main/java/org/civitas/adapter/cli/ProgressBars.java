package org.civitas.adapter.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@link Progress} as progress bars on a terminal: a phase whose size is known shows its share done
 * in MiB and the time left; one whose size is not known shows the time it has taken.
 */
final class ProgressBars implements Progress {

  private static final long MIB = 1L << 20;

  private final PrintStream terminal;

  ProgressBars(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public Phase begin(String task, long bytes) {
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setStyle(ProgressBarStyle.UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .setUpdateIntervalMillis(250)
            .continuousUpdate();
    if (bytes >= 0) {
      builder.setInitialMax(bytes).setUnit(" MiB", MIB);
    } else {
      builder.setInitialMax(-1).hideEta();
    }
    ProgressBar bar = builder.build();
    return new Phase() {
      @Override
      public void advance(long read) {
        bar.stepBy(read);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
