/**
 * The {@code civitas} command (SPEC §6): picocli commands that map arguments to the application's
 * queries and their answers to text or JSON. They see only the application and the domain; what
 * they need from outside comes through {@link org.civitas.adapter.cli.Wiring}.
 */
@NullMarked
package org.civitas.adapter.cli;

import org.jspecify.annotations.NullMarked;
