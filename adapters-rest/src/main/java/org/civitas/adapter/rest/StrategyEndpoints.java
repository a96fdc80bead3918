package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.READ;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.io.IOException;
import org.civitas.application.Civitas;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.GetCoverageQuery;
import org.civitas.application.port.in.ShowStrategyQuery;
import org.civitas.domain.strategy.StrategyId;

/** A strategy with the figures of the commitments serving it, and who owns its actions. */
final class StrategyEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private final Civitas civitas;

  StrategyEndpoints(Civitas civitas) {
    this.civitas = civitas;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.get("/api/v1/strategies/{id}", READ, (ctx, actor) -> show(ctx)),
        Route.get("/api/v1/strategies/{id}/coverage", READ, (ctx, actor) -> coverage(ctx)));
  }

  private void show(Context ctx) throws IOException {
    StrategyId id = Requests.id(ctx, "id", UnknownId.Kind.STRATEGY, StrategyId::of);
    Answers.json(
        ctx,
        MAP.strategy(
            civitas.showStrategy().show(new ShowStrategyQuery(id, Requests.day(ctx, "asOf")))));
  }

  private void coverage(Context ctx) throws IOException {
    StrategyId id = Requests.id(ctx, "id", UnknownId.Kind.STRATEGY, StrategyId::of);
    Answers.json(
        ctx,
        MAP.coverage(
            civitas.getCoverage().coverage(new GetCoverageQuery(id, Requests.day(ctx, "asOf")))));
  }
}
