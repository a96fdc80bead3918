/** Organisational units, their mandates, posts and links, and the structure they form over time. */
@NullMarked
package org.civitas.domain.organization;

import org.jspecify.annotations.NullMarked;
