package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.togoMinistry;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tree of the Togolese ministry, drawn to a chosen depth (« civitas tree --depth N »). */
class TreeDepthTest {

  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
  private final Hierarchy togo = togoMinistry().on(DAY);

  private static ImmutableList<String> ids(ImmutableList<TreeNode> nodes) {
    return nodes.stream().map(n -> n.unit().id().value()).collect(ImmutableList.toImmutableList());
  }

  @Test
  void the_whole_tree_grows_from_the_ministry() {
    // given the 23 units of seed 000

    // when
    ImmutableList<TreeNode> tree = togo.tree(Optional.empty(), -1);

    // then
    assertThat(ids(tree)).containsExactly("masspf");
    assertThat(tree.get(0).size()).isEqualTo(23);
    assertThat(ids(tree.get(0).children()))
        .containsExactly(
            "sg",
            "daaf",
            "dpsse",
            "dgas",
            "dgpe",
            "dggpf",
            "dgaenf",
            "drasspf",
            "ss-tribunaux",
            "ss-formations-sanitaires",
            "ss-brigades-mineurs",
            "ss-etablissements-penitentiaires");
  }

  @Test
  void depth_0_is_the_unit_alone() {
    // given
    // when
    ImmutableList<TreeNode> tree = togo.tree(Optional.of(UnitId.of("masspf")), 0);

    // then
    assertThat(ids(tree)).containsExactly("masspf");
    assertThat(tree.get(0).children()).isEmpty();
  }

  @Test
  void depth_1_is_the_unit_and_its_children() {
    // given
    // when
    ImmutableList<TreeNode> tree = togo.tree(Optional.of(UnitId.of("masspf")), 1);

    // then
    assertThat(tree.get(0).size()).isEqualTo(13);
    assertThat(tree.get(0).children()).allSatisfy(child -> assertThat(child.children()).isEmpty());
  }

  @Test
  void a_subtree_is_drawn_from_its_unit_down() {
    // given
    // when
    ImmutableList<TreeNode> dgas = togo.tree(Optional.of(UnitId.of("dgas")), 5);

    // then
    assertThat(ids(dgas)).containsExactly("dgas");
    assertThat(ids(dgas.get(0).children())).containsExactly("dpa", "dpph", "dgc");
    assertThat(togo.subtree(UnitId.of("dgas")))
        .extracting(UnitId::value)
        .containsExactly("dgas", "dpa", "dpph", "dgc");
  }

  @Test
  void a_unit_unknown_that_day_has_no_tree() {
    // given
    // when
    ImmutableList<TreeNode> tree = togo.tree(Optional.of(UnitId.of("msisf")), -1);

    // then
    assertThat(tree).isEmpty();
    assertThat(togo.subtree(UnitId.of("msisf"))).isEmpty();
  }
}
