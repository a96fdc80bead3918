package org.civitas.domain.strategy;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.civitas.domain.text.LocalizedText;

/** An axis of a strategy: strategic, support or programme. */
public record Axis(
    ElementId id,
    AxisKind kind,
    OptionalInt number,
    LocalizedText title,
    ImmutableList<Objective> objectives) {}
