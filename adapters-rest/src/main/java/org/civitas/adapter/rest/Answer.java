package org.civitas.adapter.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An answer of 200 or 201 made ready to send, and to send again: its bytes, their type, their ETag,
 * and whether a client holding that ETag is told 304 (not for a representation whose tag does not
 * cover everything it shows: an aggregate's figures of today, tagged with its version only). Never
 * changed once made: its bytes are written, never handed out.
 */
final class Answer {

  static final String JSON = "application/json";

  private final int status;
  private final byte[] body;
  private final String type;
  private final String etag;
  private final boolean revalidate;

  private Answer(int status, byte[] body, String type, String etag, boolean revalidate) {
    this.status = status;
    this.body = body;
    this.type = type;
    this.etag = etag;
    this.revalidate = revalidate;
  }

  /** How many bytes the answer holds: what keeping it costs. */
  int size() {
    return body.length + etag.length() + type.length();
  }

  /** {@code body}, whose ETag is the hash of its bytes. */
  static Answer json(Object body) {
    byte[] bytes = Json.write(body);
    return new Answer(200, bytes, JSON, Conditions.ofBytes(bytes), true);
  }

  /**
   * {@code body}, the representation of an aggregate at {@code version}. Its figures depend on the
   * day: the client's copy is current only when the request named the day ({@code dayNamed}), as
   * the version says nothing of what day it is.
   */
  static Answer versioned(Object body, long version, boolean dayNamed) {
    return new Answer(200, Json.write(body), JSON, Conditions.ofVersion(version), dayNamed);
  }

  /** {@code body}, the representation of an aggregate just created at {@code version}. */
  static Answer created(Object body, long version) {
    return new Answer(201, Json.write(body), JSON, Conditions.ofVersion(version), false);
  }

  /** {@code bytes} of {@code type}, whose ETag is their hash. */
  static Answer bytes(byte[] bytes, String type) {
    return new Answer(200, bytes, type, Conditions.ofBytes(bytes), true);
  }

  /**
   * Writes the answer to the response itself: Javalin would answer 304 to any request whose {@code
   * If-None-Match} equals the ETag, which is wrong for an answer that is not to be revalidated.
   */
  void send(Context ctx) throws IOException {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    if (revalidate && status == 200 && Conditions.notModified(ctx, etag)) {
      ctx.status(304);
      return;
    }
    ctx.status(status).contentType(type);
    ctx.res().setContentLength(body.length);
    try (OutputStream out = ctx.res().getOutputStream()) {
      out.write(body);
    }
  }
}
