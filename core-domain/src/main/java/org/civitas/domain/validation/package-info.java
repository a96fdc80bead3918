/** The rule catalogue and the findings it reports on a snapshot. */
@NullMarked
package org.civitas.domain.validation;

import org.jspecify.annotations.NullMarked;
