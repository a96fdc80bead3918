package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.PRIVATE;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.OptionalLong;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.in.AuditPage;
import org.civitas.application.port.in.ReadAuditLogQuery;

/**
 * The audit log, newest first, a page at a time: the whole of it for an administrator, the history
 * of one unit or commitment of its scope for an editor. It names people, so it is never public.
 */
final class AuditEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private final Civitas civitas;
  private final RestConfig config;

  AuditEndpoints(Civitas civitas, RestConfig config) {
    this.civitas = civitas;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.get(
            "/api/v1/audit",
            PRIVATE,
            (ctx, actor) -> read(ctx, Authentication.required(actor, "reading the audit log"))));
  }

  /** {@code ?subject=unit/dgpe&limit=50&cursor=…}. */
  private void read(Context ctx, Actor actor) throws IOException {
    int limit = Pages.limit(ctx, config.maxPageSize());
    OptionalLong before = Pages.key(ctx).map(AuditEndpoints::number).orElse(OptionalLong.empty());
    AuditPage page =
        civitas
            .readAuditLog()
            .read(new ReadAuditLogQuery(Requests.query(ctx, "subject"), before, limit, actor));
    Answer.json(
            new Resources.Page<>(
                page.entries().stream().map(numbered -> MAP.auditEntry(numbered.entry())).toList(),
                page.next().isPresent()
                    ? Pages.cursor(Long.toString(page.next().getAsLong()))
                    : null))
        .send(ctx);
  }

  private static OptionalLong number(String key) {
    try {
      long number = Long.parseLong(key);
      if (number >= 1) {
        return OptionalLong.of(number);
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw Problem.invalidParameter(
        "cursor",
        "this cursor was not given by the server: pass the nextCursor of the page before, or none"
            + " for the first page");
  }
}
