/**
 * The dataset file codec (SPEC §3): reads YAML or JSON dataset files into a snapshot with the
 * findings of what is wrong in them, each at its file, JSON Pointer and source line; writes a
 * snapshot back in the same format.
 */
@NullMarked
package org.civitas.adapter.persistence.dataset;

import org.jspecify.annotations.NullMarked;
