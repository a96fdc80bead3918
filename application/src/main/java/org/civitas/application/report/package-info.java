/**
 * Periodic progress reports written out: Markdown to read or paste, HTML to print on A4, CSV for
 * spreadsheets. Each renderer is a pure function of a {@link
 * org.civitas.application.port.in.PeriodicReport}.
 */
@NullMarked
package org.civitas.application.report;

import org.jspecify.annotations.NullMarked;
