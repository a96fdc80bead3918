/**
 * How every CSV table Civitas writes is written, in one place: the reports here, the exports of the
 * persistence adapter.
 */
@NullMarked
package org.civitas.application.csv;

import org.jspecify.annotations.NullMarked;
