package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.restructuring.Restructuring;

/**
 * Reads the restructurings of the record alone: what a query below one unit needs to know who leads
 * a commitment on a day, without reading the rest of the record.
 */
public interface LoadRestructuringsPort {

  /** Every stored restructuring, in the order given; empty when none. */
  ImmutableList<Restructuring> loadRestructurings();
}
