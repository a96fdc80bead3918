package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.DiffStructureQuery;
import org.civitas.application.port.in.ShowUnitHistoryQuery;
import org.civitas.domain.organization.UnitId;

/**
 * The structure across time: what became of one unit (its names, parents and lineage), and what
 * changed in the structure between two days.
 */
final class RestructuringEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private final Civitas civitas;

  RestructuringEndpoints(Civitas civitas) {
    this.civitas = civitas;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.read("/api/v1/units/{id}/history", this::history),
        Route.read("/api/v1/structure/diff", this::diff));
  }

  private Answer history(Context ctx) {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    return Answer.json(
        MAP.history(civitas.showUnitHistory().history(new ShowUnitHistoryQuery(id))));
  }

  /** Both days are required: a diff against "today" would change meaning from day to day. */
  private Answer diff(Context ctx) {
    LocalDate from = required(ctx, "from", "2019-01-01");
    LocalDate to = required(ctx, "to", "2022-01-01");
    Optional<UnitId> unit = Requests.queryId(ctx, "unit", UnknownId.Kind.UNIT, UnitId::of);
    return Answer.json(
        MAP.diff(civitas.diffStructure().diff(new DiffStructureQuery(from, to, unit))));
  }

  private static LocalDate required(Context ctx, String name, String example) {
    return Requests.day(ctx, name)
        .orElseThrow(
            () ->
                Problem.invalidParameter(
                    name,
                    "give " + name + ", a day written YYYY-MM-DD, e.g. " + name + "=" + example));
  }
}
