/**
 * Org charts drawn from the structure: SVG to look at, Graphviz and Mermaid to paste elsewhere.
 * Each renderer is a pure function of a {@link org.civitas.domain.organization.TreeNode} and the
 * day whose names it gives.
 */
@NullMarked
package org.civitas.application.chart;

import org.jspecify.annotations.NullMarked;
