package org.civitas.application.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitKind;

/** Whatever the shape of the structure and the length of the names, the chart stays readable. */
class SvgChartProperties {

  /** A unit of a generated structure: the index of its parent among those before it, its name. */
  record Generated(int parentPick, String name, boolean acronym) {}

  @Provide
  Arbitrary<List<Generated>> structures() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("abcdeéfgilmnoprstuvwMDW’&<\"")
            .ofMinLength(1)
            .ofMaxLength(16);
    Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
    Arbitrary<Generated> unit =
        Combinators.combine(
                Arbitraries.integers().between(0, 1000), name, Arbitraries.of(true, false))
            .as(Generated::new);
    return unit.list().ofMinSize(1).ofMaxSize(70);
  }

  @Property(tries = 200)
  void boxes_never_overlap_text_always_fits_and_connectors_cross_no_box(
      @ForAll("structures") List<Generated> generated) {
    // given
    TreeNode root = ChartFixtures.tree(units(generated), "u0");

    // when
    SvgDrawing drawing = SvgDrawing.read(new SvgChart().render(root));

    // then
    List<SvgDrawing.Box> boxes = drawing.boxes();
    assertThat(boxes).hasSize(generated.size());
    for (int i = 0; i < boxes.size(); i++) {
      SvgDrawing.Box box = boxes.get(i);
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(box.overlaps(boxes.get(j)))
            .as("%s on %s", box.id(), boxes.get(j).id())
            .isFalse();
      }
      for (SvgDrawing.Line line : box.lines()) {
        assertThat(TextMeasure.width(line.text(), line.size(), line.bold()))
            .isLessThanOrEqualTo(box.width() - 2 * SvgChart.PADDING);
        assertThat(line.baseline() - line.size()).isGreaterThanOrEqualTo(box.y());
        assertThat(line.baseline()).isLessThan(box.y() + box.height());
      }
      assertThat(box.x() + box.width()).isLessThanOrEqualTo(drawing.width());
      assertThat(box.y() + box.height()).isLessThanOrEqualTo(drawing.height());
      if (boxes.size() > 1) {
        assertThat(drawing.connectors()).anyMatch(s -> s.touches(box));
      }
      assertThat(drawing.connectors()).noneMatch(s -> s.crosses(box));
    }
  }

  /** Unit {@code i} hangs under one of the units before it, so the whole is one tree. */
  private static List<OrgUnit> units(List<Generated> generated) {
    List<OrgUnit> units = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      Generated unit = generated.get(i);
      String parent = i == 0 ? null : "u" + unit.parentPick() % i;
      ImmutableOrgUnit.Builder builder =
          ChartFixtures.unit("u" + i, UnitKind.OTHER, parent, unit.name());
      if (unit.acronym()) {
        builder.acronym("U" + i);
      }
      units.add(builder.build());
    }
    return units;
  }
}
