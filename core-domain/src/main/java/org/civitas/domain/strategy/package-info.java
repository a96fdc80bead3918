/** Strategies: axes, objectives and actions, and who owns each action. */
@NullMarked
package org.civitas.domain.strategy;

import org.jspecify.annotations.NullMarked;
