/**
 * The composition root: the one place that wires the other adapters (the dataset codec, the stores)
 * into the command, and the executable's entry point.
 */
@NullMarked
package org.civitas.adapter.cli.composition;

import org.jspecify.annotations.NullMarked;
