package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civitas.domain.organization.TreeNode;

/** The hierarchy as it stood on {@code asOf}: one node per root asked. */
public record TreeView(LocalDate asOf, ImmutableList<TreeNode> roots) {}
