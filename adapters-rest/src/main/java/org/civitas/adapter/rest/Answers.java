package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/** How a resource is answered: its JSON, its ETag, and 304 when the client holds it already. */
final class Answers {

  static final String JSON = "application/json";

  private Answers() {}

  /** {@code body}, whose ETag is the hash of its bytes. */
  static void json(Context ctx, Object body) throws IOException {
    byte[] bytes = Json.write(body);
    send(ctx, 200, bytes, JSON, Conditions.ofBytes(bytes), true);
  }

  /**
   * {@code body}, the representation of an aggregate at {@code version}. Its figures depend on the
   * day: the client's copy is current only when the request named the day ({@code dayNamed}), as
   * the version says nothing of what day it is.
   */
  static void versioned(Context ctx, Object body, long version, boolean dayNamed)
      throws IOException {
    send(ctx, 200, Json.write(body), JSON, Conditions.ofVersion(version), dayNamed);
  }

  /**
   * {@code body}, the representation of an aggregate just created at {@code version}, found at
   * {@code location} from now on.
   */
  static void created(Context ctx, String location, Object body, long version) throws IOException {
    ctx.header("Location", location);
    send(ctx, 201, Json.write(body), JSON, Conditions.ofVersion(version), false);
  }

  /** {@code bytes} of {@code type}, whose ETag is their hash. */
  static void bytes(Context ctx, byte[] bytes, String type) throws IOException {
    send(ctx, 200, bytes, type, Conditions.ofBytes(bytes), true);
  }

  /**
   * Writes the answer to the response itself: Javalin would answer 304 to any request whose {@code
   * If-None-Match} equals the ETag, which is wrong for a representation whose tag does not cover
   * everything it shows (a commitment's figures of today).
   */
  private static void send(
      Context ctx, int status, byte[] bytes, String type, String etag, boolean revalidate)
      throws IOException {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    if (revalidate && status == 200 && Conditions.notModified(ctx, etag)) {
      ctx.status(304);
      return;
    }
    ctx.status(status).contentType(type);
    ctx.res().setContentLength(bytes.length);
    try (OutputStream out = ctx.res().getOutputStream()) {
      out.write(bytes);
    }
  }
}
