/**
 * What inbound and outbound ports share: versioned aggregates and the typed refusals that cross the
 * boundary. Each adapter maps a refusal once: {@link org.civitas.application.port.UnknownId} to
 * "not found", {@link org.civitas.application.port.VersionConflict} to "precondition failed",
 * {@link org.civitas.application.port.SnapshotRefused} to "unprocessable" with its findings; a
 * command or query refusing its input throws the domain's {@link
 * org.civitas.domain.invariant.InvariantViolation}, a bad request.
 */
@NullMarked
package org.civitas.application.port;

import org.jspecify.annotations.NullMarked;
