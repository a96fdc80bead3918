package org.civitas.application.port.in;

import org.civitas.application.port.UnknownId;

/** One strategy with who owns its actions and how far the commitments serving it have got. */
public interface ShowStrategyUseCase {

  /**
   * @throws UnknownId when no strategy has the id asked
   */
  StrategyView show(ShowStrategyQuery query);
}
