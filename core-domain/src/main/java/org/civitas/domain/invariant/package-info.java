/** Invariants every domain value enforces when it is made: slugs, ranges, dates, periods. */
@NullMarked
package org.civitas.domain.invariant;

import org.jspecify.annotations.NullMarked;
