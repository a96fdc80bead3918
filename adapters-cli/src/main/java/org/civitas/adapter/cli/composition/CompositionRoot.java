package org.civitas.adapter.cli.composition;

import com.google.common.collect.ImmutableList;
import org.civitas.adapter.cli.DatasetFiles;
import org.civitas.adapter.cli.Wiring;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.out.ClockPort;
import org.civitas.domain.snapshot.Snapshot;

/** The command over dataset files, each command's data held in memory for the one run. */
final class CompositionRoot implements Wiring {

  /** Who the audit log names for what the command loads. */
  static final String ACTOR = "civitas-cli";

  private final ClockPort clock;

  CompositionRoot(ClockPort clock) {
    this.clock = clock;
  }

  @Override
  public DatasetFiles datasetFiles() {
    return new FilesOnDisk();
  }

  @Override
  public Civitas civitasOver(Snapshot snapshot) {
    Civitas civitas = Civitas.builder().store(new InMemoryStore()).clock(clock).build();
    civitas
        .importSnapshot()
        .importSnapshot(new ImportSnapshotCommand(snapshot, ImmutableList.of(), ACTOR));
    return civitas;
  }
}
