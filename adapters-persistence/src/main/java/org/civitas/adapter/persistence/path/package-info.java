/**
 * The stored form of the hierarchy: each unit's dated path from its root, computed when units are
 * written so that subtree queries read an index instead of walking parents.
 */
@NullMarked
package org.civitas.adapter.persistence.path;

import org.jspecify.annotations.NullMarked;
