/**
 * Dated restructurings of a ministry (« restructuration, fusion, scission, changement de
 * dénomination »): the events, their replay into the structure across time, and the lineage of each
 * unit.
 */
@NullMarked
package org.civitas.domain.restructuring;

import org.jspecify.annotations.NullMarked;
