/** Text in one or more languages, and the slugs used as identifiers. */
@NullMarked
package org.civitas.domain.text;

import org.jspecify.annotations.NullMarked;
