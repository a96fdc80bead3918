package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.civitas.application.Civitas;
import org.civitas.domain.strategy.Strategy;
import org.jspecify.annotations.Nullable;

/**
 * The strategies stored, each with its size, so that a client (the dashboard) can offer them
 * without knowing their ids. The list is read from the whole record, which is fine for the handful
 * of strategies a ministry has.
 */
final class StrategyListEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private final Civitas civitas;
  private final RestConfig config;

  StrategyListEndpoints(Civitas civitas, RestConfig config) {
    this.civitas = civitas;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(Route.read("/api/v1/strategies", this::list));
  }

  /** A strategy in the list: what names it, who owns it, and how many elements it holds. */
  record StrategySummary(
      String id,
      Map<String, String> title,
      @Nullable String owner,
      Resources.Period period,
      int axes,
      long objectives,
      long actions) {}

  /** The strategies in the order stored. */
  private Answer list(Context ctx) {
    Pages.Request page = Pages.request(ctx, config.maxPageSize());
    List<StrategySummary> items =
        civitas.exportSnapshot().export().strategies().stream()
            .map(StrategyListEndpoints::summary)
            .toList();
    return Answer.json(page.of(items));
  }

  private static StrategySummary summary(Strategy strategy) {
    return new StrategySummary(
        MAP.id(strategy.id()),
        MAP.text(strategy.title()),
        strategy.owner().map(MAP::id).orElse(null),
        MAP.period(strategy.period()),
        strategy.axes().size(),
        strategy.objectives().count(),
        strategy.actions().count());
  }
}
