package org.civitas.domain.strategy;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.civitas.domain.text.LocalizedText;

/** A numbered objective of an axis. */
public record Objective(
    ElementId id, OptionalInt number, LocalizedText title, ImmutableList<Action> actions) {}
