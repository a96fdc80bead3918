package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import org.civitas.application.port.in.ValidateSnapshotQuery;
import org.civitas.application.port.in.ValidateSnapshotUseCase;
import org.civitas.application.port.in.ValidationReport;
import org.civitas.domain.validation.Finding;
import org.civitas.domain.validation.SnapshotValidator;

/** Adds the rule catalogue's findings to those met while reading. */
public final class ValidateSnapshotService implements ValidateSnapshotUseCase {

  @Override
  public ValidationReport validate(ValidateSnapshotQuery query) {
    return new ValidationReport(
        ImmutableList.<Finding>builder()
            .addAll(query.readFindings())
            .addAll(SnapshotValidator.validate(query.snapshot()))
            .build());
  }
}
