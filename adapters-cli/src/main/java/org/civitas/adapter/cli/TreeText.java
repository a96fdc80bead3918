package org.civitas.adapter.cli;

import java.util.List;
import java.util.function.Function;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.TreeNode;

/** Draws a hierarchy with box-drawing lines, one unit a line. */
final class TreeText {

  private TreeText() {}

  static String render(List<TreeNode> roots, Function<OrgUnit, String> label) {
    StringBuilder out = new StringBuilder();
    for (TreeNode root : roots) {
      out.append(label.apply(root.unit())).append('\n');
      renderChildren(root, "", label, out);
    }
    return out.toString();
  }

  private static void renderChildren(
      TreeNode node, String indent, Function<OrgUnit, String> label, StringBuilder out) {
    List<TreeNode> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      TreeNode child = children.get(i);
      out.append(indent)
          .append(last ? "└── " : "├── ")
          .append(label.apply(child.unit()))
          .append('\n');
      renderChildren(child, indent + (last ? "    " : "│   "), label, out);
    }
  }
}
