package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
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
        Route.read("/api/v1/strategies/{id}", this::show),
        Route.read("/api/v1/strategies/{id}/coverage", this::coverage));
  }

  private Answer show(Context ctx) {
    StrategyId id = Requests.id(ctx, "id", UnknownId.Kind.STRATEGY, StrategyId::of);
    return Answer.json(
        MAP.strategy(
            civitas.showStrategy().show(new ShowStrategyQuery(id, Requests.day(ctx, "asOf")))));
  }

  private Answer coverage(Context ctx) {
    StrategyId id = Requests.id(ctx, "id", UnknownId.Kind.STRATEGY, StrategyId::of);
    return Answer.json(
        MAP.coverage(
            civitas.getCoverage().coverage(new GetCoverageQuery(id, Requests.day(ctx, "asOf")))));
  }
}
