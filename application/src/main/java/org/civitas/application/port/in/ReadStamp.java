package org.civitas.application.port.in;

import java.time.LocalDate;

/**
 * What an answer read now depends on beside the question: the record's revision and the day that
 * "today" is. An answer kept under a stamp may be given again while the stamp read then is the
 * same: the record has not changed, and a question as of today still means the same day.
 *
 * @param revision the store's {@link org.civitas.application.port.out.RevisionPort#revision()}
 * @param today the day of the clock
 */
public record ReadStamp(long revision, LocalDate today) {}
