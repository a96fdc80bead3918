package org.civitas.application.port.in;

import org.civitas.application.port.ChangeForbidden;

/** Who changed what, when: the audit log, newest first, a page at a time. */
public interface ReadAuditLogUseCase {

  /**
   * The page the query asks for, newest first, and where the next one starts.
   *
   * @throws ChangeForbidden when an editor asks for entries outside its scope, or for all of them
   */
  AuditPage read(ReadAuditLogQuery query);
}
