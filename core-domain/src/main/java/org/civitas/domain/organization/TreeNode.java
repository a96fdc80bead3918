package org.civitas.domain.organization;

import com.google.common.collect.ImmutableList;

/** A unit with the units under it, as drawn in a tree. */
public record TreeNode(OrgUnit unit, ImmutableList<TreeNode> children) {

  /** How many units this node holds, itself included. */
  public int size() {
    return 1 + children.stream().mapToInt(TreeNode::size).sum();
  }
}
