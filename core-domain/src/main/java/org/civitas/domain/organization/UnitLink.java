package org.civitas.domain.organization;

/** A typed link from one unit to another that is not the hierarchy. */
public record UnitLink(LinkType type, UnitId unit) {}
