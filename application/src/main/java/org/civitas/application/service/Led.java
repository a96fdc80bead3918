package org.civitas.application.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.out.LoadCommitmentsPort;
import org.civitas.application.port.out.LoadRestructuringsPort;
import org.civitas.application.port.out.LoadSubtreePort;
import org.civitas.application.port.out.LoadUnitsPort;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.Hierarchy;
import org.civitas.domain.organization.OrgChart;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Leads;
import org.civitas.domain.restructuring.Orphan;
import org.civitas.domain.restructuring.Restructuring;

/**
 * The structure below a unit (or the whole chart) on a day and the commitments its units lead that
 * day: what the queries that roll commitments up read. A commitment is led by the unit its record
 * names until a merge, a split or a dissolution passes the lead on, so the restructurings are read
 * and replayed over the commitments read, once a query. Below a unit, only that subtree, the
 * restructurings and the commitments its units or their former leads lead are read from the store.
 *
 * @param commitments those led that day by a unit of the answer, in the order stored
 * @param leads the unit that leads each of {@code commitments} and {@code orphaned} that day
 * @param orphaned those whose lead a restructuring left with a unit it ended, handing it to no
 *     unit, in the order stored: they count under no unit of the day
 */
record Led(
    Optional<UnitId> root,
    Hierarchy hierarchy,
    ImmutableList<Commitment> commitments,
    ImmutableMap<CommitmentId, UnitId> leads,
    ImmutableList<Commitment> orphaned) {

  /** A unit of the structure, {@code depth} levels below the root asked. */
  interface Visit {
    void unit(OrgUnit unit, int depth);
  }

  /** The ports a roll-up reads through. */
  record Reader(
      LoadUnitsPort units,
      LoadSubtreePort subtrees,
      LoadCommitmentsPort commitments,
      LoadRestructuringsPort restructurings) {

    /**
     * The structure below {@code root} on {@code date} (every root when empty), the commitments its
     * units lead that day, and those left orphaned by a unit that sat in it on its last day.
     *
     * @throws UnknownId when the unit is not stored, or did not exist that day
     */
    Led below(Optional<UnitId> root, LocalDate date) {
      ImmutableList<Restructuring> record = restructurings.loadRestructurings();
      if (root.isEmpty()) {
        Hierarchy all = OrgChart.of(units.loadUnits()).on(date);
        return Led.of(
            root, all, commitments.loadCommitments(), record, date, all::contains, orphan -> true);
      }
      UnitId top = root.get();
      Hierarchy below = Units.below(subtrees, units, top, date, OptionalInt.empty());
      Set<UnitId> leads = new LinkedHashSet<>(Leads.formerLeads(below.subtree(top), record, date));
      leads.addAll(Leads.mayBeOrphaned(record, date));
      Map<LocalDate, ImmutableSet<UnitId>> lastDays = new HashMap<>();
      return Led.of(
          root,
          below,
          commitments.loadCommitmentsLedBy(leads),
          record,
          date,
          below::contains,
          orphan ->
              lastDays
                  .computeIfAbsent(orphan.date().minusDays(1), day -> subtree(top, day))
                  .contains(orphan.holder()));
    }

    /**
     * The structure below {@code unit} on {@code date}, empty when it did not exist that day, and
     * the commitments it and its subtree lead that day: a unit that ended keeps those whose lead no
     * unit took over.
     */
    Led around(UnitId unit, LocalDate date) {
      ImmutableList<Restructuring> record = restructurings.loadRestructurings();
      Hierarchy below = OrgChart.of(subtrees.loadSubtree(unit, date, OptionalInt.empty())).on(date);
      ImmutableSet<UnitId> asked =
          ImmutableSet.<UnitId>builder().add(unit).addAll(below.subtree(unit)).build();
      return Led.of(
          Optional.of(unit),
          below,
          commitments.loadCommitmentsLedBy(Leads.formerLeads(asked, record, date)),
          record,
          date,
          asked::contains,
          orphan -> false);
    }

    private ImmutableSet<UnitId> subtree(UnitId root, LocalDate day) {
      return subtrees.loadSubtree(root, day, OptionalInt.empty()).stream()
          .map(OrgUnit::id)
          .collect(ImmutableSet.toImmutableSet());
    }
  }

  /**
   * Keeps of {@code read} those that a unit {@code placed} accepts leads on {@code date}, and those
   * left orphaned that {@code ours} accepts.
   */
  private static Led of(
      Optional<UnitId> root,
      Hierarchy hierarchy,
      ImmutableList<Commitment> read,
      ImmutableList<Restructuring> record,
      LocalDate date,
      Predicate<UnitId> placed,
      Predicate<Orphan> ours) {
    Leads leads = Leads.of(read, record);
    ImmutableList.Builder<Commitment> kept = ImmutableList.builder();
    ImmutableList.Builder<Commitment> orphaned = ImmutableList.builder();
    Map<CommitmentId, UnitId> leadOn = new LinkedHashMap<>();
    for (Commitment commitment : read) {
      UnitId lead = leads.on(commitment, date);
      if (placed.test(lead)) {
        kept.add(commitment);
        leadOn.put(commitment.id(), lead);
      } else if (leads.orphanedBy(commitment, date).filter(ours).isPresent()) {
        orphaned.add(commitment);
        leadOn.put(commitment.id(), lead);
      }
    }
    return new Led(root, hierarchy, kept.build(), ImmutableMap.copyOf(leadOn), orphaned.build());
  }

  /**
   * The unit that leads {@code commitment} that day: one of {@link #commitments()} or {@link
   * #orphaned()}, or the same commitment at another moment.
   */
  UnitId leadOf(Commitment commitment) {
    UnitId lead = leads.get(commitment.id());
    if (lead == null) {
      throw new IllegalArgumentException("commitment '" + commitment.id() + "' was not read");
    }
    return lead;
  }

  /** The commitments each unit leads itself that day, in the order stored. */
  ImmutableListMultimap<UnitId, Commitment> byLead() {
    return commitments.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(this::leadOf, c -> c));
  }

  /** Visits each unit depth first, as a tree lists them. */
  void eachUnit(Visit visit) {
    for (TreeNode top : hierarchy.tree(root, -1)) {
      walk(top, 0, visit);
    }
  }

  private static void walk(TreeNode node, int depth, Visit visit) {
    visit.unit(node.unit(), depth);
    for (TreeNode child : node.children()) {
      walk(child, depth + 1, visit);
    }
  }
}
