package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.in.NamedUnit;
import org.civitas.application.port.in.ShowUnitHistoryQuery;
import org.civitas.application.port.in.ShowUnitHistoryUseCase;
import org.civitas.application.port.in.UnitHistoryView;
import org.civitas.application.port.out.LoadSnapshotPort;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.restructuring.Replay;
import org.civitas.domain.restructuring.UnitHistory;

/**
 * Replays the stored record, restructurings and all, and reads one unit's lineage from it: a
 * lineage crosses units (the ones it succeeded may be anywhere), so the whole record is read.
 */
public final class ShowUnitHistoryService implements ShowUnitHistoryUseCase {

  private final LoadSnapshotPort snapshots;

  public ShowUnitHistoryService(LoadSnapshotPort snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public UnitHistoryView history(ShowUnitHistoryQuery query) {
    Replay replay = snapshots.loadSnapshot().replay();
    UnitHistory history =
        UnitHistory.of(replay, query.unit())
            .orElseThrow(() -> UnknownId.of(UnknownId.Kind.UNIT, query.unit()));
    OrgChart chart = replay.chart();
    return new UnitHistoryView(
        history.unit(),
        history.names(),
        history.parents().stream()
            .map(
                parent ->
                    new UnitHistoryView.Parent(
                        parent.link(),
                        NamedUnit.of(
                            parent.link().parent(),
                            chart.unit(parent.link().parent()),
                            parent.link().period().lastDay()),
                        parent.madeBy()))
            .collect(ImmutableList.toImmutableList()),
        history.predecessors().stream()
            .map(
                s ->
                    new UnitHistoryView.Lineage(
                        NamedUnit.of(
                            s.predecessor(),
                            chart.unit(s.predecessor()),
                            Optional.of(s.date().minusDays(1))),
                        s.restructuring()))
            .collect(ImmutableList.toImmutableList()),
        history.successors().stream()
            .map(
                s ->
                    new UnitHistoryView.Lineage(
                        NamedUnit.of(
                            s.successor(), chart.unit(s.successor()), Optional.of(s.date())),
                        s.restructuring()))
            .collect(ImmutableList.toImmutableList()),
        history.endedBy(),
        history.restructurings().stream()
            .map(Replay.Applied::restructuring)
            .collect(ImmutableList.toImmutableList()));
  }
}
