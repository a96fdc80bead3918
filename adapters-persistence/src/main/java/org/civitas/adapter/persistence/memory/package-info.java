/** A store held in memory: for tests, demos and embedding systems that keep their own files. */
@NullMarked
package org.civitas.adapter.persistence.memory;

import org.jspecify.annotations.NullMarked;
