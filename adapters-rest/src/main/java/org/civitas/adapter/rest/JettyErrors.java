package org.civitas.adapter.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before a request reaches the routes (a request line it cannot
 * parse, a URI or headers too long), as problem documents like every other error, never as HTML nor
 * with a stack trace.
 */
final class JettyErrors extends ErrorHandler {

  JettyErrors() {
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    return ByteBuffer.wrap(Problems.document(problem(status), Optional.empty()));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    byte[] body = Problems.document(problem(code), Optional.of(request.getRequestURI()));
    response.setContentType(Problems.MEDIA_TYPE);
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  private static Problem problem(int status) {
    return switch (status) {
      case 404 -> new Problem(ProblemType.NOT_FOUND, "there is nothing at this path");
      case 413 -> new Problem(ProblemType.BODY_TOO_LARGE, "the body is too large");
      case 414 -> new Problem(ProblemType.URI_TOO_LONG, "the URI is too long: shorten it");
      case 431 ->
          new Problem(ProblemType.HEADERS_TOO_LARGE, "the headers are too large: send fewer");
      case 400 ->
          new Problem(
              ProblemType.MALFORMED_REQUEST,
              "the request is not well-formed HTTP: check its URI encoding and its headers");
      default ->
          new Problem(
              ProblemType.INTERNAL_ERROR,
              "the server could not answer this request; the failure is logged, try again later");
    };
  }
}
