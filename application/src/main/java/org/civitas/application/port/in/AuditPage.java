package org.civitas.application.port.in;

import com.google.common.collect.ImmutableList;
import java.util.OptionalLong;
import org.civitas.application.port.out.AuditLogPort;

/**
 * A page of the audit log, newest first, and where the next page starts ({@code next}, to give back
 * as {@link ReadAuditLogQuery#before()}; empty on the last page).
 */
public record AuditPage(ImmutableList<AuditLogPort.Numbered> entries, OptionalLong next) {}
