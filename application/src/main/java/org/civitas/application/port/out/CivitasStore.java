package org.civitas.application.port.out;

/**
 * Everything a store keeps: the record of units, strategies and commitments, read and written
 * through the ports each use case needs. A store may also keep the audit log by implementing {@link
 * AuditLogPort}; the embedding entry point then uses it by default.
 */
public interface CivitasStore
    extends LoadSnapshotPort,
        SaveSnapshotPort,
        LoadUnitsPort,
        LoadStrategyPort,
        LoadCommitmentPort,
        LoadCommitmentsPort,
        SaveCommitmentPort {}
