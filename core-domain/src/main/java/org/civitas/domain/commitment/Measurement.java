package org.civitas.domain.commitment;

import java.math.BigDecimal;
import org.civitas.domain.time.PartialDate;

/** A value of an indicator at a date (a baseline, a target or an actual measurement). */
public record Measurement(PartialDate date, BigDecimal value) {}
