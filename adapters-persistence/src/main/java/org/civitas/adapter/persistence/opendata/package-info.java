/**
 * The record in the open-data formats others read: the W3C Organization Ontology as JSON-LD ({@link
 * org.civitas.adapter.persistence.opendata.OrgJsonLdExport}), Popolo JSON ({@link
 * org.civitas.adapter.persistence.opendata.PopoloExport}) and the commitments as a flat table in
 * the shape of an Open Government Partnership action plan ({@link
 * org.civitas.adapter.persistence.opendata.OgpCsvExport}). Each is written as of one day, since the
 * structure and the figures change with it (docs/open-data.md).
 */
@NullMarked
package org.civitas.adapter.persistence.opendata;

import org.jspecify.annotations.NullMarked;
