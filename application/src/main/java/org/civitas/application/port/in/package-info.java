/**
 * Inbound ports: one use case each, with one method taking a command (a change) or a query (a
 * question) that refuses bad input when it is made, and the views they answer.
 */
@NullMarked
package org.civitas.application.port.in;

import org.jspecify.annotations.NullMarked;
