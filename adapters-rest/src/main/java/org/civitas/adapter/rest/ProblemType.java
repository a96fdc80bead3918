package org.civitas.adapter.rest;

import java.net.URI;
import java.util.Locale;

/**
 * Every kind of error the API answers, each with a stable {@code type} URI (RFC 9457) that clients
 * may switch on: {@code https://civitas.example/problems/} followed by the name in lower case with
 * hyphens, e.g. {@code https://civitas.example/problems/unknown-id}. The URIs identify; they are
 * not pages to fetch. A new kind gets a new name; a name never changes meaning.
 */
enum ProblemType {
  MALFORMED_REQUEST(400, "The request is not well-formed HTTP"),
  INVALID_PARAMETER(400, "A parameter of the request is not valid"),
  MALFORMED_BODY(400, "The body is not well-formed JSON"),
  INVALID_BODY(400, "The body does not describe an accepted change"),
  INVALID_VALUE(400, "A value of the request is refused"),
  UNAUTHENTICATED(401, "A valid API token is needed"),
  FORBIDDEN(403, "The token does not allow this change"),
  UNKNOWN_ID(404, "No such object"),
  NOT_FOUND(404, "No such resource"),
  METHOD_NOT_ALLOWED(405, "The resource does not accept this method"),
  CHANGE_CONFLICT(409, "The change conflicts with the record as stored"),
  VERSION_CONFLICT(412, "The object changed since it was read"),
  BODY_TOO_LARGE(413, "The body is too large"),
  URI_TOO_LONG(414, "The request's URI is too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "The body's media type is not accepted here"),
  DATASET_REFUSED(422, "The dataset has errors"),
  CHANGE_REFUSED(422, "The change cannot be made in the record"),
  PRECONDITION_REQUIRED(428, "A change must name the version it was made against"),
  HEADERS_TOO_LARGE(431, "The request's headers are too large"),
  INTERNAL_ERROR(500, "The server failed to answer");

  /** Where the names of the problem types live; documented in the OpenAPI document. */
  static final String BASE = "https://civitas.example/problems/";

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  URI uri() {
    return URI.create(BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
