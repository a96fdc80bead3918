package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.io.IOException;

/** How a resource is answered: its JSON, its ETag, and 304 when the client holds it already. */
final class Answers {

  static final String JSON = Answer.JSON;

  private Answers() {}

  /** {@code body}, whose ETag is the hash of its bytes. */
  static void json(Context ctx, Object body) throws IOException {
    Answer.json(body).send(ctx);
  }

  /**
   * {@code body}, the representation of an aggregate at {@code version}: {@link Answer#versioned}.
   */
  static void versioned(Context ctx, Object body, long version, boolean dayNamed)
      throws IOException {
    Answer.versioned(body, version, dayNamed).send(ctx);
  }

  /**
   * {@code body}, the representation of an aggregate just created at {@code version}, found at
   * {@code location} from now on.
   */
  static void created(Context ctx, String location, Object body, long version) throws IOException {
    ctx.header("Location", location);
    Answer.created(body, version).send(ctx);
  }

  /** {@code bytes} of {@code type}, whose ETag is their hash. */
  static void bytes(Context ctx, byte[] bytes, String type) throws IOException {
    Answer.bytes(bytes, type).send(ctx);
  }
}
