/**
 * Where Civitas keeps its data: {@link org.civitas.adapter.persistence.Stores} opens the store a
 * command or a server works on; the stores themselves are in {@code memory} and {@code jdbc}.
 */
@NullMarked
package org.civitas.adapter.persistence;

import org.jspecify.annotations.NullMarked;
