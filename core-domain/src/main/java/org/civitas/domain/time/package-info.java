/** Dates as sources give them (a year, a month or a day) and periods between them. */
@NullMarked
package org.civitas.domain.time;

import org.jspecify.annotations.NullMarked;
