package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.READ;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.Civitas;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.ChartFormat;
import org.civitas.application.port.in.DrawChartQuery;
import org.civitas.application.port.in.FindUnitsQuery;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.TreeView;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
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
   * The units in force on the day, in the order of the tree (each unit before the units under it);
   * with {@code q}, those that match, best first.
   */
  private void list(Context ctx) throws IOException {
    Pages.Request page = Pages.request(ctx, config.maxPageSize());
    Optional<LocalDate> asOf = Requests.day(ctx, "asOf");
    Optional<UnitId> parent = Requests.queryId(ctx, "parent", UnknownId.Kind.UNIT, UnitId::of);
    Optional<UnitKind> kind =
        Requests.coded(ctx, "kind", UnitKind::fromCode, "a unit kind such as directorate");
    Optional<String> q = Requests.query(ctx, "q");
    GetTreeQuery everything = new GetTreeQuery(Optional.empty(), asOf, OptionalInt.empty());
    // Below a parent, its children are all the list can hold: one level is enough.
    InForce inForce =
        InForce.of(
            civitas
                .getTree()
                .tree(parent.map(p -> everything.from(p).depth(1)).orElse(everything)));
    List<Resources.UnitSummary> items = new ArrayList<>();
    if (q.isPresent()) {
      civitas.findUnits().find(new FindUnitsQuery(q.get())).stream()
          .filter(match -> inForce.holds(match.unit().id(), parent))
          .filter(match -> kind.map(k -> match.unit().kind() == k).orElse(true))
          .forEach(
              match ->
                  items.add(MAP.summary(match, inForce.parent(match.unit().id()), inForce.day())));
    } else {
      inForce.units().stream()
          .filter(unit -> inForce.holds(unit.id(), parent))
          .filter(unit -> kind.map(k -> unit.kind() == k).orElse(true))
          .forEach(unit -> items.add(MAP.summary(unit, inForce.parent(unit.id()), inForce.day())));
    }
    Answers.json(ctx, page.of(items));
  }

  private void show(Context ctx) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    Answers.json(
        ctx, MAP.unit(civitas.showUnit().show(new ShowUnitQuery(id, Requests.day(ctx, "asOf")))));
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

  /** The units in force on a day, each with its parent that day, in the order of the tree. */
  private record InForce(
      LocalDate day,
      ImmutableList<OrgUnit> units,
      Map<UnitId, OrgUnit> byId,
      Map<UnitId, UnitId> parents) {

    static InForce of(TreeView tree) {
      ImmutableList.Builder<OrgUnit> units = ImmutableList.builder();
      Map<UnitId, OrgUnit> byId = new HashMap<>();
      Map<UnitId, UnitId> parents = new HashMap<>();
      tree.roots().forEach(root -> walk(root, units, byId, parents));
      return new InForce(tree.asOf(), units.build(), byId, parents);
    }

    private static void walk(
        TreeNode node,
        ImmutableList.Builder<OrgUnit> units,
        Map<UnitId, OrgUnit> byId,
        Map<UnitId, UnitId> parents) {
      units.add(node.unit());
      byId.put(node.unit().id(), node.unit());
      for (TreeNode child : node.children()) {
        parents.put(child.unit().id(), node.unit().id());
        walk(child, units, byId, parents);
      }
    }

    /** Whether {@code id} is in force, and (when a parent is asked) directly under it. */
    boolean holds(UnitId id, Optional<UnitId> parent) {
      return byId.containsKey(id) && parent.map(p -> p.equals(parents.get(id))).orElse(true);
    }

    Optional<UnitId> parent(UnitId id) {
      return Optional.ofNullable(parents.get(id));
    }
  }
}
