package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/**
 * What changed in the structure between two days: the units created, dissolved, renamed, moved,
 * merged and split, each on the day it took effect.
 */
public interface DiffStructureUseCase {

  /**
   * @throws UnknownId when a unit is asked that the record does not hold
   */
  StructureDiffView diff(DiffStructureQuery query);
}
