package org.civitas.domain.strategy;

import com.google.common.collect.ImmutableList;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.text.LocalizedText;

/** What is to be done under an objective, and the units that own it. */
public record Action(ElementId id, LocalizedText text, ImmutableList<UnitId> owners) {}
