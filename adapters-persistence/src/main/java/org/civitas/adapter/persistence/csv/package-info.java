/**
 * The stored record as CSV tables for spreadsheets and open-data portals: one table per kind of
 * object, with a header row, quoted as RFC 4180 says (docs/csv-export.md).
 */
@NullMarked
package org.civitas.adapter.persistence.csv;

import org.jspecify.annotations.NullMarked;
