package org.civitas.application.chart;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civitas.domain.organization.ImmutableOrgUnit;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.text.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Structures to draw: the Agadir Division de l’Action Sociale and its four services (seed 002), and
 * a ministry of sixty units made up for the test, as wide as a real one.
 */
final class ChartFixtures {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private ChartFixtures() {}

  /** The DAS under its prefecture, with the four services the seed lists. */
  static ImmutableList<OrgUnit> das() {
    return ImmutableList.of(
        unit(
                "prefecture-agadir-ida-outanane",
                UnitKind.OTHER,
                null,
                "Préfecture d’Agadir ida Outanane")
            .build(),
        unit(
                "das",
                UnitKind.DIVISION,
                "prefecture-agadir-ida-outanane",
                "Division de l’Action Sociale")
            .acronym("DAS")
            // The seed names no head; a chef de division is added to draw a head's title.
            .addPosts(Post.vacant(LocalizedText.of("fr", "Chef de la Division"), PostRole.HEAD))
            .build(),
        unit("service-suivi-evaluation", UnitKind.SERVICE, "das", "Service du Suivi et évaluation")
            .build(),
        unit("service-communication", UnitKind.SERVICE, "das", "Service de la Communication")
            .build(),
        unit(
                "service-formation",
                UnitKind.SERVICE,
                "das",
                "Service de la Formation et du Renforcement des capacités")
            .build(),
        unit(
                "service-coordination-sociale",
                UnitKind.SERVICE,
                "das",
                "Service de la Coordination Sociale Inter Préfectorale et Inter Provinciale")
            .build());
  }

  /**
   * A ministry of sixty units: a cabinet, a general secretariat, an inspectorate, four general
   * directorates of three directorates of three services each, and four regional directorates.
   */
  static ImmutableList<OrgUnit> sixtyUnitMinistry() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(
        unit(
                "msisf",
                UnitKind.MINISTRY,
                null,
                "Ministère de la Solidarité, de l’Insertion Sociale et de la Famille")
            .acronym("MSISF")
            .addPosts(Post.vacant(LocalizedText.of("fr", "Ministre"), PostRole.HEAD))
            .build());
    units.add(unit("cabinet", UnitKind.CABINET, "msisf", "Cabinet du Ministre").build());
    units.add(
        unit("sg", UnitKind.GENERAL_SECRETARIAT, "msisf", "Secrétariat général")
            .acronym("SG")
            .addPosts(Post.vacant(LocalizedText.of("fr", "Secrétaire général"), PostRole.HEAD))
            .build());
    units.add(
        unit("igm", UnitKind.OTHER, "msisf", "Inspection générale du Ministère")
            .acronym("IGM")
            .build());
    String[] fields = {
      "la famille", "l’enfance", "les personnes âgées", "les personnes en situation de handicap"
    };
    for (int g = 1; g <= fields.length; g++) {
      String general = "dg" + g;
      units.add(
          unit(
                  general,
                  UnitKind.GENERAL_DIRECTORATE,
                  "msisf",
                  "Direction générale de " + fields[g - 1])
              .acronym("DG" + g)
              .build());
      for (int d = 1; d <= 3; d++) {
        String directorate = "d" + g + d;
        units.add(
            unit(
                    directorate,
                    UnitKind.DIRECTORATE,
                    general,
                    "Direction de la protection et de la promotion sociale n° " + g + d)
                .acronym("D" + g + d)
                .addPosts(Post.vacant(LocalizedText.of("fr", "Directeur"), PostRole.HEAD))
                .build());
        for (int s = 1; s <= 3; s++) {
          units.add(
              unit(
                      "s" + g + d + s,
                      UnitKind.SERVICE,
                      directorate,
                      "Service de la coordination et du suivi des programmes n° " + g + d + s)
                  .build());
        }
      }
    }
    for (int r = 1; r <= 4; r++) {
      units.add(
          unit("dr" + r, UnitKind.REGIONAL_DIRECTORATE, "msisf", "Direction régionale n° " + r)
              .acronym("DR" + r)
              .build());
    }
    return ImmutableList.copyOf(units);
  }

  /** The tree below {@code root} on {@link #DAY}. */
  static TreeNode tree(List<OrgUnit> units, String root) {
    return OrgChart.of(units).on(DAY).tree(Optional.of(UnitId.of(root)), -1).get(0);
  }

  static ImmutableOrgUnit.Builder unit(
      String id, UnitKind kind, @Nullable String parent, String name) {
    ImmutableOrgUnit.Builder unit =
        OrgUnit.builder().id(UnitId.of(id)).kind(kind).name(LocalizedText.of("fr", name));
    if (parent != null) {
      unit.addParents(ParentLink.always(UnitId.of(parent)));
    }
    return unit;
  }
}
