package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure in force on one day: the units alive that day, each under the parent it had that
 * day. A unit whose parent was not alive that day stands as a root, so nothing disappears from
 * view.
 */
public final class Hierarchy {

  private final LocalDate date;
  private final ImmutableMap<UnitId, OrgUnit> units;
  private final ImmutableMap<UnitId, UnitId> parents;
  private final ImmutableListMultimap<UnitId, UnitId> children;
  private final ImmutableList<UnitId> roots;

  Hierarchy(LocalDate date, Iterable<OrgUnit> allUnits) {
    this.date = date;
    Map<UnitId, OrgUnit> alive = new LinkedHashMap<>();
    for (OrgUnit unit : allUnits) {
      if (unit.isAliveOn(date)) {
        alive.putIfAbsent(unit.id(), unit);
      }
    }
    ImmutableMap.Builder<UnitId, UnitId> parentsBuilder = ImmutableMap.builder();
    ImmutableListMultimap.Builder<UnitId, UnitId> childrenBuilder = ImmutableListMultimap.builder();
    ImmutableList.Builder<UnitId> rootsBuilder = ImmutableList.builder();
    for (OrgUnit unit : alive.values()) {
      Optional<UnitId> parent = unit.parentOn(date).filter(alive::containsKey);
      if (parent.isPresent()) {
        parentsBuilder.put(unit.id(), parent.get());
        childrenBuilder.put(parent.get(), unit.id());
      } else {
        rootsBuilder.add(unit.id());
      }
    }
    this.units = ImmutableMap.copyOf(alive);
    this.parents = parentsBuilder.buildOrThrow();
    this.children = childrenBuilder.build();
    this.roots = rootsBuilder.build();
  }

  public LocalDate date() {
    return date;
  }

  /** The units alive on this day, in the order they were given. */
  public ImmutableList<OrgUnit> units() {
    return units.values().asList();
  }

  public boolean contains(UnitId id) {
    return units.containsKey(id);
  }

  public Optional<OrgUnit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  public Optional<UnitId> parent(UnitId id) {
    return Optional.ofNullable(parents.get(id));
  }

  public ImmutableList<UnitId> children(UnitId id) {
    return children.get(id);
  }

  public ImmutableList<UnitId> roots() {
    return roots;
  }

  /**
   * The chain of parents from {@code id} upwards, nearest first. Stops where the chain would come
   * back to a unit already seen, so a looping dataset cannot make it run forever.
   */
  public ImmutableList<UnitId> ancestors(UnitId id) {
    ImmutableList.Builder<UnitId> chain = ImmutableList.builder();
    Set<UnitId> seen = new HashSet<>();
    seen.add(id);
    for (UnitId p = parents.get(id); p != null && seen.add(p); p = parents.get(p)) {
      chain.add(p);
    }
    return chain.build();
  }

  /** Whether following parents from {@code id} comes back to a unit already passed. */
  public boolean isInCycle(UnitId id) {
    Set<UnitId> seen = new HashSet<>();
    for (UnitId p = id; p != null; p = parents.get(p)) {
      if (!seen.add(p)) {
        return p.equals(id);
      }
    }
    return false;
  }

  /** {@code id} and every unit below it, depth first, each once. Empty if not alive that day. */
  public ImmutableList<UnitId> subtree(UnitId id) {
    if (!contains(id)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<UnitId> out = ImmutableList.builder();
    Set<UnitId> seen = new HashSet<>();
    Deque<UnitId> stack = new ArrayDeque<>();
    stack.push(id);
    while (!stack.isEmpty()) {
      UnitId next = stack.pop();
      if (seen.add(next)) {
        out.add(next);
        List<UnitId> kids = children.get(next);
        for (int i = kids.size() - 1; i >= 0; i--) {
          stack.push(kids.get(i));
        }
      }
    }
    return out.build();
  }

  /**
   * The tree below {@code root} (or below every root when empty) down to {@code depth} levels (0 =
   * the root alone; negative = all levels).
   */
  public ImmutableList<TreeNode> tree(Optional<UnitId> root, int depth) {
    List<UnitId> tops = root.map(r -> contains(r) ? List.of(r) : List.<UnitId>of()).orElse(roots);
    List<TreeNode> nodes = new ArrayList<>();
    Set<UnitId> seen = new HashSet<>();
    for (UnitId top : tops) {
      nodes.add(node(top, depth, seen));
    }
    return ImmutableList.copyOf(nodes);
  }

  private TreeNode node(UnitId id, int depth, Set<UnitId> seen) {
    seen.add(id);
    List<TreeNode> kids = new ArrayList<>();
    if (depth != 0) {
      for (UnitId child : children.get(id)) {
        if (!seen.contains(child)) {
          kids.add(node(child, depth - 1, seen));
        }
      }
    }
    return new TreeNode(units.get(id), ImmutableList.copyOf(kids));
  }
}
