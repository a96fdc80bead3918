/** A ministry's whole record at one moment: units, strategies and commitments together. */
@NullMarked
package org.civitas.domain.snapshot;

import org.jspecify.annotations.NullMarked;
