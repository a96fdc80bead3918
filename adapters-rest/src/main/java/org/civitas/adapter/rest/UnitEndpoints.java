package org.civitas.adapter.rest;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.Civitas;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.ListUnitsQuery;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.TreeView;
import org.civitas.application.port.in.UnitList;
import org.civitas.application.port.in.UnitView;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;

/**
 * The organisational units: the list (filtered, searched), one unit with its place and roll-up, its
 * children, and the tree below it, each as of a day (today unless {@code asOf} names one).
 */
final class UnitEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  private final Civitas civitas;
  private final RestConfig config;

  UnitEndpoints(Civitas civitas, RestConfig config) {
    this.civitas = civitas;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.read("/api/v1/units", this::list),
        Route.read("/api/v1/units/{id}", this::show),
        Route.read("/api/v1/units/{id}/children", this::children),
        Route.read("/api/v1/units/{id}/tree", this::tree),
        Route.read("/api/v1/units/{id}/chart.svg", this::chart));
  }

  /**
   * The units in force on the day, in the order of their ids, a page read from the store at a time;
   * with {@code q}, those that match, best first.
   */
  private Answer list(Context ctx) {
    int limit = Pages.limit(ctx, config.maxPageSize());
    Optional<String> after = Pages.key(ctx);
    Optional<UnitId> parent = Requests.queryId(ctx, "parent", UnknownId.Kind.UNIT, UnitId::of);
    Optional<UnitKind> kind =
        Requests.coded(ctx, "kind", UnitKind::fromCode, "a unit kind such as directorate");
    UnitList list =
        civitas
            .listUnits()
            .list(
                new ListUnitsQuery(
                    Requests.day(ctx, "asOf"),
                    parent,
                    kind,
                    Requests.query(ctx, "q"),
                    after,
                    limit));
    return Answer.json(
        new Resources.Page<>(
            list.units().stream().map(listed -> MAP.summary(listed, list.asOf())).toList(),
            list.next().map(Pages::cursor).orElse(null)));
  }

  /** The unit on the day, tagged with its stored version, which a change names in If-Match. */
  private Answer show(Context ctx) {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    Optional<LocalDate> asOf = Requests.day(ctx, "asOf");
    UnitView view = civitas.showUnit().show(new ShowUnitQuery(id, asOf));
    return Answer.versioned(MAP.unit(view), view.version(), asOf.isPresent());
  }

  private Answer children(Context ctx) {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    Pages.Request page = Pages.request(ctx, config.maxPageSize());
    TreeView tree =
        civitas
            .getTree()
            .tree(new GetTreeQuery(Optional.of(id), Requests.day(ctx, "asOf"), OptionalInt.of(1)));
    List<Resources.UnitSummary> items =
        tree.roots().get(0).children().stream()
            .map(child -> MAP.summary(child.unit(), Optional.of(id), tree.asOf()))
            .toList();
    return Answer.json(page.of(items));
  }

  /**
   * The tree below a unit, {@code depth} levels deep at most (the server's cap when not given). The
   * use case is asked one level more, so that a node cut off at the last level says so.
   */
  private Answer tree(Context ctx) {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    int depth = Requests.number(ctx, "depth", 0, config.maxDepth()).orElse(config.maxDepth());
    TreeView tree =
        civitas
            .getTree()
            .tree(
                new GetTreeQuery(
                    Optional.of(id), Requests.day(ctx, "asOf"), OptionalInt.of(depth + 1)));
    return Answer.json(
        new Resources.Tree(
            tree.asOf().toString(), depth, MAP.treeNode(tree.roots().get(0), depth, tree.asOf())));
  }

  /** The org chart of the unit's subtree on the day, drawn as SVG. */
  private Answer chart(Context ctx) {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    String svg =
        civitas
            .drawChart()
            .draw(new DrawChartQuery(id, Requests.day(ctx, "asOf"), ChartFormat.SVG));
    return Answer.bytes(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml; charset=utf-8");
  }
}
