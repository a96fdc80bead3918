/**
 * What inbound and outbound ports share: versioned aggregates, the actor of a change and the API
 * tokens that stand for one, and the typed refusals that cross the boundary. Each adapter maps a
 * refusal once: {@link org.civitas.application.port.UnknownId} to "not found", {@link
 * org.civitas.application.port.VersionConflict} to "precondition failed", {@link
 * org.civitas.application.port.SnapshotRefused} to "unprocessable" with its findings, {@link
 * org.civitas.application.port.NotAuthenticated} to "unauthenticated", {@link
 * org.civitas.application.port.ChangeForbidden} to "forbidden", {@link
 * org.civitas.application.port.ChangeRefused} to "conflict" when its reason lies in the record and
 * to "unprocessable" (with its findings) otherwise; a command or query refusing its input throws
 * the domain's {@link org.civitas.domain.invariant.InvariantViolation}, a bad request.
 */
@NullMarked
package org.civitas.application.port;

import org.jspecify.annotations.NullMarked;
