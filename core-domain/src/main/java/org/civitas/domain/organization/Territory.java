package org.civitas.domain.organization;

import org.civitas.domain.text.LocalizedText;

/** The territory a unit serves, « dans leur ressort territorial ». */
public record Territory(TerritoryLevel level, LocalizedText name) {}
