package org.civitas.adapter.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.civitas.application.port.Actor;

/**
 * One route of the API: its method and path (Javalin's syntax, {@code /api/v1/units/{id}}), who may
 * call it, and what answers it. Every route is registered from such a record, so that the list of
 * them is the API as served, which the OpenAPI document must match.
 */
record Route(HandlerType method, String path, Access access, Endpoint endpoint) {

  /** Who may call a route. */
  enum Access {
    /** Anyone: the health check and the API's description. */
    OPEN,
    /** Anyone when reads are public, else any holder of a valid token. */
    READ,
    /** A holder of a valid token; what it may change is the application's decision. */
    WRITE,
    /**
     * A holder of a valid token, even to read: what names people (the audit log), whether reads are
     * public or not; what it may read is the application's decision.
     */
    PRIVATE
  }

  /** Answers a request on behalf of its actor, when the request carries a valid token. */
  @FunctionalInterface
  interface Endpoint {
    void handle(Context ctx, Optional<Actor> actor) throws Exception;
  }

  /** Makes the answer to a read, which a response is then sent from. */
  @FunctionalInterface
  interface Reading {
    Answer read(Context ctx) throws Exception;
  }

  /**
   * The endpoint of a read whose answer depends on the request, the record and the day only, never
   * on who asks: the server may send a copy of an answer it made before (see {@link AnswerCache}).
   */
  record Read(Reading reading) implements Endpoint {
    @Override
    public void handle(Context ctx, Optional<Actor> actor) throws Exception {
      reading.read(ctx).send(ctx);
    }
  }

  /** A read of the record, open as reads are ({@link Access#READ}): see {@link Read}. */
  static Route read(String path, Reading reading) {
    return new Route(HandlerType.GET, path, Access.READ, new Read(reading));
  }

  static Route get(String path, Access access, Endpoint endpoint) {
    return new Route(HandlerType.GET, path, access, endpoint);
  }

  static Route post(String path, Access access, Endpoint endpoint) {
    return new Route(HandlerType.POST, path, access, endpoint);
  }

  static Route put(String path, Access access, Endpoint endpoint) {
    return new Route(HandlerType.PUT, path, access, endpoint);
  }

  static Route patch(String path, Access access, Endpoint endpoint) {
    return new Route(HandlerType.PATCH, path, access, endpoint);
  }
}
