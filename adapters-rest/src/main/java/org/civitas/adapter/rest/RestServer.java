package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.ChangeForbidden;
import org.civitas.application.port.ChangeRefused;
import org.civitas.application.port.NotAuthenticated;
import org.civitas.application.port.SnapshotRefused;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.VersionConflict;
import org.civitas.domain.invariant.InvariantViolation;

/**
 * The REST server of SPEC §7 over one {@link Civitas}: JSON under {@code /api/v1}, {@code /health},
 * and the OpenAPI document at {@code /api/v1/openapi.json}.
 *
 * <pre>{@code
 * RestServer server = new RestServer(civitas, codec, RestConfig.DEFAULT.withPort(8080));
 * int port = server.start();
 * ...
 * server.stop();
 * }</pre>
 */
public final class RestServer {

  static final String OPENAPI = "openapi.json";

  private final RestConfig config;
  private final Authentication authentication;
  private final AnswerCache answers;
  private final ImmutableList<Route> routes;
  private final byte[] openApi;
  private final Javalin app;

  public RestServer(Civitas civitas, DatasetCodec codec, RestConfig config) {
    Objects.requireNonNull(civitas, "civitas");
    Objects.requireNonNull(codec, "codec");
    this.config = Objects.requireNonNull(config, "config");
    this.authentication = new Authentication(civitas.authenticate());
    this.answers = new AnswerCache(civitas::readStamp, config.answerCacheBytes());
    this.openApi = resource(OPENAPI);
    this.routes =
        ImmutableList.<Route>builder()
            .add(
                Route.get(
                    "/health",
                    Route.Access.OPEN,
                    (ctx, actor) -> Answer.json(new Resources.Health("up")).send(ctx)))
            .add(
                Route.get(
                    "/api/v1/openapi.json",
                    Route.Access.OPEN,
                    (ctx, actor) -> Answer.bytes(openApi, Answer.JSON).send(ctx)))
            .addAll(new UnitEndpoints(civitas, config).routes())
            .addAll(new RestructuringEndpoints(civitas).routes())
            .addAll(new UnitWriteEndpoints(civitas, config).routes())
            .addAll(new AuditEndpoints(civitas, config).routes())
            .addAll(new StrategyEndpoints(civitas).routes())
            .addAll(new StrategyListEndpoints(civitas, config).routes())
            .addAll(new CommitmentEndpoints(civitas, config).routes())
            .addAll(new ProgressEndpoints(civitas, config).routes())
            .addAll(new ReportEndpoints(civitas).routes())
            .addAll(new DatasetEndpoints(civitas, codec, config).routes())
            .build();
    this.app =
        Javalin.create(
            javalin -> {
              javalin.showJavalinBanner = false;
              javalin.startupWatcherEnabled = false;
              javalin.http.prefer405over404 = true;
              javalin.http.generateEtags = false;
              // The dataset endpoints read their bodies as streams, each within its own limit.
              javalin.http.maxRequestSize = config.maxDatasetBytes();
              javalin.router.ignoreTrailingSlashes = true;
              // Dispatch on the headers, not on the first bytes of the body: a body whose declared
              // length is over the limit is refused before the client sends any of it.
              javalin.jetty.modifyHttpConfiguration(
                  http -> http.setDelayDispatchUntilContent(false));
              javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              javalin.jetty.modifyServletContextHandler(
                  handler -> handler.setErrorHandler(new JettyErrors()));
              javalin.router.mount(this::register);
            });
  }

  /**
   * Starts listening, on {@link RestConfig#port()} or on a free port when it is 0.
   *
   * @return the port listened on
   */
  public int start() {
    app.start(config.host(), config.port());
    return app.port();
  }

  /** Stops listening; requests under way are finished first. */
  public void stop() {
    app.stop();
  }

  /** Every route served, as registered. */
  ImmutableList<Route> routes() {
    return routes;
  }

  private void register(JavalinDefaultRouting routing) {
    for (Route route : routes) {
      routing.addHttpHandler(route.method(), route.path(), ctx -> handle(route, ctx));
    }
    new Dashboard().register(routing);
    routing.exception(Problem.class, (e, ctx) -> Problems.answer(ctx, e));
    routing.exception(UnknownId.class, Problems::unknownId);
    routing.exception(VersionConflict.class, Problems::versionConflict);
    routing.exception(SnapshotRefused.class, Problems::snapshotRefused);
    routing.exception(ChangeForbidden.class, Problems::forbidden);
    routing.exception(ChangeRefused.class, Problems::changeRefused);
    routing.exception(NotAuthenticated.class, Problems::notAuthenticated);
    routing.exception(InvariantViolation.class, Problems::invalidValue);
    routing.exception(HttpResponseException.class, Problems::framework);
    routing.exception(Exception.class, Problems::failed);
  }

  private void handle(Route route, Context ctx) throws Exception {
    Optional<Actor> actor =
        route.access() == Route.Access.OPEN ? Optional.empty() : authentication.actor(ctx);
    if (route.access() == Route.Access.READ && !config.publicReads()) {
      Authentication.required(actor, "reading");
    }
    if (route.endpoint() instanceof Route.Read read) {
      answers.answer(ctx, read.reading()).send(ctx);
    } else {
      route.endpoint().handle(ctx, actor);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = RestServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the adapter's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
