package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.validation.Finding;

/** What an import stored, and the warnings and notes validation gave about it. */
public record ImportReport(
    int units, int strategies, int commitments, ImmutableList<Finding> findings) {}
