package org.civitas.application.service;

import java.util.Optional;
import org.civitas.application.port.SnapshotRefused;
import org.civitas.application.port.in.ImportReport;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ImportSnapshotUseCase;
import org.civitas.application.port.in.ValidateSnapshotQuery;
import org.civitas.application.port.in.ValidateSnapshotUseCase;
import org.civitas.application.port.in.ValidationReport;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.LoadSnapshotPort;
import org.civitas.application.port.out.SaveSnapshotPort;
import org.civitas.domain.snapshot.Snapshot;

/**
 * Imported by an administrator alone; validated first, so that only a snapshot without any error
 * reaches the store, and then all of it.
 */
public final class ImportSnapshotService implements ImportSnapshotUseCase {

  private final ValidateSnapshotUseCase validation;
  private final LoadSnapshotPort stored;
  private final SaveSnapshotPort store;
  private final ClockPort clock;
  private final Authorization authorization;

  public ImportSnapshotService(
      ValidateSnapshotUseCase validation,
      LoadSnapshotPort stored,
      SaveSnapshotPort store,
      ClockPort clock,
      Authorization authorization) {
    this.validation = validation;
    this.stored = stored;
    this.store = store;
    this.clock = clock;
    this.authorization = authorization;
  }

  @Override
  public ImportReport importSnapshot(ImportSnapshotCommand command) {
    authorization.requireAdministrator(command.actor(), "import a dataset");
    Snapshot snapshot = command.snapshot();
    ValidationReport report =
        validation.validate(new ValidateSnapshotQuery(snapshot, command.readFindings()));
    if (report.hasErrors()) {
      throw new SnapshotRefused(report.findings());
    }
    LoadSnapshotPort.Counts before = stored.countStored();
    store.saveSnapshot(
        snapshot,
        new AuditEntry(
            clock.now(),
            command.actor().name(),
            AuditText.SNAPSHOT_IMPORT,
            "snapshot",
            Optional.of(AuditText.contents(before)),
            Optional.of(AuditText.contents(LoadSnapshotPort.Counts.of(snapshot))),
            Optional.empty()));
    return new ImportReport(
        snapshot.units().size(),
        snapshot.strategies().size(),
        snapshot.commitments().size(),
        report.findings());
  }
}
