package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.READ;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.io.IOException;
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
        Route.get("/api/v1/units", READ, (ctx, actor) -> list(ctx)),
        Route.get("/api/v1/units/{id}", READ, (ctx, actor) -> show(ctx)),
        Route.get("/api/v1/units/{id}/children", READ, (ctx, actor) -> children(ctx)),
        Route.get("/api/v1/units/{id}/tree", READ, (ctx, actor) -> tree(ctx)),
        Route.get("/api/v1/units/{id}/chart.svg", READ, (ctx, actor) -> chart(ctx)));
  }

  /**
   * The units in force on the day, in the order of their ids, a page read from the store at a time;
   * with {@code q}, those that match, best first.
   */
  private void list(Context ctx) throws IOException {
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
    Answers.json(
        ctx,
        new Resources.Page<>(
            list.units().stream().map(listed -> MAP.summary(listed, list.asOf())).toList(),
            list.next().map(Pages::cursor).orElse(null)));
  }

  /** The unit on the day, tagged with its stored version, which a change names in If-Match. */
  private void show(Context ctx) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    Optional<LocalDate> asOf = Requests.day(ctx, "asOf");
    UnitView view = civitas.showUnit().show(new ShowUnitQuery(id, asOf));
    Answers.versioned(ctx, MAP.unit(view), view.version(), asOf.isPresent());
  }

  private void children(Context ctx) throws IOException {
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
    Answers.json(ctx, page.of(items));
  }

  /**
   * The tree below a unit, {@code depth} levels deep at most (the server's cap when not given). The
   * use case is asked one level more, so that a node cut off at the last level says so.
   */
  private void tree(Context ctx) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    int depth = Requests.number(ctx, "depth", 0, config.maxDepth()).orElse(config.maxDepth());
    TreeView tree =
        civitas
            .getTree()
            .tree(
                new GetTreeQuery(
                    Optional.of(id), Requests.day(ctx, "asOf"), OptionalInt.of(depth + 1)));
    Answers.json(
        ctx,
        new Resources.Tree(
            tree.asOf().toString(), depth, MAP.treeNode(tree.roots().get(0), depth, tree.asOf())));
  }

  /** The org chart of the unit's subtree on the day, drawn as SVG. */
  private void chart(Context ctx) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    String svg =
        civitas
            .drawChart()
            .draw(new DrawChartQuery(id, Requests.day(ctx, "asOf"), ChartFormat.SVG));
    Answers.bytes(ctx, svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml; charset=utf-8");
  }
}
