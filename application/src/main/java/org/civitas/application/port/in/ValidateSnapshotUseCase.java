package org.civitas.application.port.in;

/** Checks a snapshot against the rule catalogue, storing nothing. */
public interface ValidateSnapshotUseCase {

  ValidationReport validate(ValidateSnapshotQuery query);
}
