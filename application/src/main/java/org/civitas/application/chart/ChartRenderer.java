package org.civitas.application.chart;

import org.civitas.domain.organization.TreeNode;

/** Draws a unit and every unit below it in one notation. */
public interface ChartRenderer {

  /** The chart's text; the same tree always gives the same text. */
  String render(TreeNode root);
}
