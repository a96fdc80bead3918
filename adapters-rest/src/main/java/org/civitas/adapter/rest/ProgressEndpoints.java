package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.civitas.application.Civitas;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.GetProgressQuery;
import org.civitas.application.port.in.ProgressReport;
import org.civitas.domain.organization.UnitId;

/**
 * The commitments' progress rolled up unit by unit, below one unit or every root, as of a day. The
 * rows come in the order of the tree, a page at a time.
 */
final class ProgressEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private final Civitas civitas;
  private final RestConfig config;

  ProgressEndpoints(Civitas civitas, RestConfig config) {
    this.civitas = civitas;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(Route.read("/api/v1/progress", this::progress));
  }

  private Answer progress(Context ctx) {
    Pages.Request page = Pages.request(ctx, config.maxPageSize());
    Optional<UnitId> unit = Requests.queryId(ctx, "unit", UnknownId.Kind.UNIT, UnitId::of);
    ProgressReport report =
        civitas.getProgress().progress(new GetProgressQuery(unit, Requests.day(ctx, "asOf")));
    List<Resources.UnitProgress> rows =
        report.units().stream().map(row -> MAP.unitProgress(row, report.asOf())).toList();
    Resources.Page<Resources.UnitProgress> shown = page.of(rows);
    return Answer.json(
        new Resources.Progress(
            report.asOf().toString(),
            unit.map(UnitId::value).orElse(null),
            shown.items(),
            report.orphaned().stream().map(MAP::summary).toList(),
            shown.nextCursor()));
  }
}
