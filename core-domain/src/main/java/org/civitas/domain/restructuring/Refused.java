package org.civitas.domain.restructuring;

import com.google.common.collect.ImmutableList;

/**
 * A restructuring that could not take effect, at {@code index} in the record, with every reason.
 * The structure is replayed without it.
 */
public record Refused(
    int index, Restructuring restructuring, ImmutableList<RestructuringRefusal> reasons) {}
