/** The embedding entry point: {@link org.civitas.application.Civitas} gives every use case. */
@NullMarked
package org.civitas.application;

import org.jspecify.annotations.NullMarked;
