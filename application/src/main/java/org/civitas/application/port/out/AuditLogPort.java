package org.civitas.application.port.out;

import com.google.common.collect.ImmutableList;

/** The append-only record of every accepted change. Entries are never changed or removed. */
public interface AuditLogPort {

  void append(AuditEntry entry);

  /** Every entry, in the order appended. */
  ImmutableList<AuditEntry> entries();
}
