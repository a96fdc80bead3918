package org.civitas.application.port.out;

import java.util.function.Function;

/**
 * Reads several parts of the record as one state of it: what one answer built from several reads
 * needs, so that a change written meanwhile is seen by all of those reads or by none. A database
 * runs them in one transaction, rather than one each.
 */
public interface ReadTogetherPort {

  /** The reads that can be made together. */
  interface Reads
      extends LoadUnitsPort, LoadSubtreePort, LoadCommitmentsPort, LoadRestructuringsPort {}

  /**
   * Runs {@code reads} over one state of the record, and answers what it answers. The {@link Reads}
   * given serve only while {@code reads} runs.
   */
  <R> R readTogether(Function<? super Reads, ? extends R> reads);
}
