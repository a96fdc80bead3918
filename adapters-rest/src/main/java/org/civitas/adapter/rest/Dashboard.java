package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableMap;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web dashboard (SPEC §7, "{@code /} serves the dashboard"): one page, its script, style sheet
 * and icon, plain files of the adapter's resources with no build step. The page reads and writes
 * through the public API like any other client, so the dashboard holds no rule of its own.
 *
 * <p>The files are read once, when the server is made, so that a missing one stops the server from
 * starting rather than failing in a visitor's browser. Each is answered with a policy that lets the
 * page load only its own files and call only its own server.
 */
final class Dashboard {

  /** Where the files live, beside this class. */
  static final String FOLDER = "dashboard/";

  /** The page's own files and nothing else: no inline script, no other origin, no framing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final ImmutableMap<String, String> TYPES =
      ImmutableMap.of(
          "index.html", "text/html; charset=utf-8",
          "dashboard.css", "text/css; charset=utf-8",
          "dashboard.js", "text/javascript; charset=utf-8",
          "icon.svg", "image/svg+xml");

  private final ImmutableMap<String, byte[]> files;

  Dashboard() {
    ImmutableMap.Builder<String, byte[]> read = ImmutableMap.builder();
    TYPES.keySet().forEach(name -> read.put(name, read(name)));
    this.files = read.build();
  }

  /** Serves the page at {@code /} and its files under {@code /dashboard/}. */
  void register(JavalinDefaultRouting routing) {
    routing.addHttpHandler(HandlerType.GET, "/", ctx -> send(ctx, "index.html"));
    routing.addHttpHandler(
        HandlerType.GET, "/dashboard/{file}", ctx -> send(ctx, ctx.pathParam("file")));
  }

  private void send(Context ctx, String name) throws IOException {
    byte[] bytes = files.get(name);
    String type = TYPES.get(name);
    if (bytes == null || type == null) {
      throw new Problem(
          ProblemType.NOT_FOUND, "the dashboard has no file " + name + ": open / instead");
    }
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    Answer.bytes(bytes, type).send(ctx);
  }

  private static byte[] read(String name) {
    try (InputStream in = Dashboard.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the adapter's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
