package org.civitas.domain.commitment;

import org.civitas.domain.text.LocalizedText;

/** An organisation outside the ministry that takes part in a commitment. */
public record Partner(LocalizedText name, PartnerType type) {}
