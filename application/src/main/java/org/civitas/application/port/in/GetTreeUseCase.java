package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** The hierarchy in force on a day, from one unit or from every root. */
public interface GetTreeUseCase {

  /**
   * @throws UnknownId when the root asked is not stored, or did not exist that day
   */
  TreeView tree(GetTreeQuery query);
}
