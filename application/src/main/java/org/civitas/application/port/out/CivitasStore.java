package org.civitas.application.port.out;

/**
 * Everything a store keeps: the record of units, strategies and commitments and the audit log of
 * its changes, read and written through the ports each use case needs. A store keeps the log itself
 * because each change and its entry are written together or not at all; and it counts its writes
 * ({@link RevisionPort}), so that copies of answers read from it can be told stale.
 */
public interface CivitasStore
    extends LoadSnapshotPort,
        SaveSnapshotPort,
        LoadUnitsPort,
        LoadSubtreePort,
        LoadChildrenPort,
        ListUnitsPort,
        LoadRestructuringsPort,
        LoadStrategyPort,
        LoadCommitmentPort,
        LoadCommitmentsPort,
        ReadTogetherPort,
        ReadTogetherPort.Reads,
        SaveCommitmentPort,
        SaveChangesPort,
        RevisionPort,
        AuditLogPort {}
