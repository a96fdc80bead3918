package org.civitas.application.port;

/**
 * A request the application refuses for a reason its caller can act on. The kinds are closed, so an
 * adapter maps each one once (to an exit code, to an HTTP status) and misses none.
 */
public abstract sealed class RequestRefused extends RuntimeException
    permits UnknownId,
        VersionConflict,
        SnapshotRefused,
        NotAuthenticated,
        ChangeForbidden,
        ChangeRefused {
  private static final long serialVersionUID = 1L;

  protected RequestRefused(String message) {
    super(message);
  }
}
