/**
 * The HTTP API of SPEC §7: JSON under {@code /api/v1} over the use cases of {@link
 * org.civitas.application.Civitas}, described by the OpenAPI document at {@code
 * /api/v1/openapi.json}, with errors as RFC 9457 problem details.
 */
@NullMarked
package org.civitas.adapter.rest;

import org.jspecify.annotations.NullMarked;
