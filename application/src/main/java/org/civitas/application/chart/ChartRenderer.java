package org.civitas.application.chart;

import java.time.LocalDate;
import org.civitas.domain.organization.TreeNode;

/** Draws a unit and every unit below it in one notation. */
public interface ChartRenderer {

  /**
   * The chart's text, each unit named as it was on {@code day} (a unit renamed since bears its name
   * of that day); the same tree and day always give the same text.
   */
  String render(TreeNode root, LocalDate day);

  /** The chart with each unit by its latest name. */
  default String render(TreeNode root) {
    return render(root, LocalDate.MAX);
  }
}
