package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.civitas.application.port.Actor;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;

/** What the tests of unit writes share: the actors of the Togolese ministry and a new cell. */
final class UnitWrites {

  static final Actor DSI = Actor.administrator("dsi-masspf");
  static final Actor EDITOR_OF_DGPE = Actor.editor("point-focal-dgpe", UnitId.of("dgpe"));
  static final Actor EDITOR_OF_DGAS = Actor.editor("point-focal-dgas", UnitId.of("dgas"));

  private UnitWrites() {}

  /** A child protection cell: a test's own unit, not a source's. */
  static UnitProperties cell() {
    return new UnitProperties(
        UnitKind.CELL,
        Fixtures.fr("Cellule de protection de l’enfance"),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        ImmutableList.of(),
        Optional.empty(),
        ImmutableList.of());
  }

  static UnitId unit(String id) {
    return UnitId.of(id);
  }

  static OrgUnit stored(FakeStore store, String id) {
    return store.loadUnit(unit(id)).orElseThrow().value();
  }
}
