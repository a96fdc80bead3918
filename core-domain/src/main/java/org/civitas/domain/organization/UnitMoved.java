package org.civitas.domain.organization;

import java.time.LocalDate;
import java.util.Optional;

/** That a unit was placed under another parent from a date on. */
public record UnitMoved(UnitId unit, Optional<UnitId> from, UnitId to, LocalDate effective) {}
