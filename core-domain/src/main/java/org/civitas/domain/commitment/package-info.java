/**
 * Commitments with their activities and indicators, and the figures derived from them at a date.
 */
@NullMarked
package org.civitas.domain.commitment;

import org.jspecify.annotations.NullMarked;
