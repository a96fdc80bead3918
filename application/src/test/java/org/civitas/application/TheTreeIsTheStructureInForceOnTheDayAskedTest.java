package org.civitas.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.GetTreeQuery;
import org.civitas.application.port.in.TreeView;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;
import org.junit.jupiter.api.Test;

class TheTreeIsTheStructureInForceOnTheDayAskedTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final UnitId MASSPF = UnitId.of("masspf");

  @Test
  void the_whole_tree_today_holds_every_unit_under_its_parent() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), TODAY);

    // when
    TreeView tree = civitas.getTree().tree(GetTreeQuery.whole());

    // then
    assertThat(tree.asOf()).isEqualTo(TODAY);
    assertThat(tree.roots()).hasSize(1);
    assertThat(outline(tree.roots()))
        .containsExactly("masspf", "  sg", "  dgas", "    dpa", "  dgpe", "    dpsv", "    daed");
  }

  @Test
  void a_depth_stops_the_tree_that_many_levels_below_the_root() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), TODAY);

    // when
    TreeView tree = civitas.getTree().tree(GetTreeQuery.whole().from(MASSPF).depth(1));

    // then
    assertThat(outline(tree.roots())).containsExactly("masspf", "  sg", "  dgas", "  dgpe");
  }

  @Test
  void a_unit_moved_since_stands_under_the_parent_it_had_that_day() {
    // given the directorate for the elderly moved under the child protection directorate in
    // 2024 (a move made up for the test)
    Civitas civitas = Fixtures.civitas(FakeStore.holding(withDpaMovedIn2024()), TODAY);

    // when
    TreeView before = civitas.getTree().tree(GetTreeQuery.whole().asOf(LocalDate.of(2023, 6, 30)));
    TreeView after = civitas.getTree().tree(GetTreeQuery.whole());

    // then
    assertThat(outline(before.roots()))
        .containsExactly("masspf", "  sg", "  dgas", "    dpa", "  dgpe", "    dpsv", "    daed");
    assertThat(outline(after.roots()))
        .containsExactly("masspf", "  sg", "  dgas", "  dgpe", "    dpa", "    dpsv", "    daed");
  }

  @Test
  void a_root_that_is_not_stored_is_refused() {
    // given
    Civitas civitas = Fixtures.civitas(FakeStore.holding(Fixtures.togoMinistry()), TODAY);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(() -> civitas.getTree().tree(GetTreeQuery.whole().from(UnitId.of("dgpf"))))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(UnknownId.Kind.UNIT);
              assertThat(e.id()).isEqualTo("dgpf");
              assertThat(e.on()).isEmpty();
            });
  }

  @Test
  void a_root_that_did_not_exist_that_day_is_refused_with_the_day() {
    // given a ministry established in 2020 (a date made up for the test)
    Snapshot established2020 = withMasspfEstablished2020();
    Civitas civitas = Fixtures.civitas(FakeStore.holding(established2020), TODAY);
    LocalDate day = LocalDate.of(2019, 1, 1);

    // when / then
    assertThatExceptionOfType(UnknownId.class)
        .isThrownBy(() -> civitas.getTree().tree(GetTreeQuery.whole().from(MASSPF).asOf(day)))
        .satisfies(e -> assertThat(e.on()).contains(day));
  }

  private static Snapshot withDpaMovedIn2024() {
    return replaceUnit(
        "dpa",
        dpa ->
            dpa.withParents(
                new ParentLink(UnitId.of("dgas"), Period.until(PartialDate.ofDay(2023, 12, 31))),
                new ParentLink(UnitId.of("dgpe"), Period.from(PartialDate.ofDay(2024, 1, 1)))));
  }

  private static Snapshot withMasspfEstablished2020() {
    return replaceUnit("masspf", m -> m.withLifetime(Period.from(PartialDate.ofYear(2020))));
  }

  private static Snapshot replaceUnit(String id, UnaryOperator<ImmutableOrgUnit> change) {
    ImmutableList<OrgUnit> units =
        Fixtures.togoUnits().stream()
            .map(u -> u.id().value().equals(id) ? change.apply(ImmutableOrgUnit.copyOf(u)) : u)
            .collect(ImmutableList.toImmutableList());
    return new Snapshot(units, ImmutableList.of(), ImmutableList.of());
  }

  /** The tree as lines of ids, indented two spaces a level. */
  private static List<String> outline(List<TreeNode> nodes) {
    List<String> lines = new ArrayList<>();
    nodes.forEach(node -> outline(node, "", lines));
    return lines;
  }

  private static void outline(TreeNode node, String indent, List<String> lines) {
    lines.add(indent + node.unit().id());
    node.children().forEach(child -> outline(child, indent + "  ", lines));
  }
}
