/**
 * Outbound ports: what the use cases need from the world, one capability each. A store implements
 * {@link org.civitas.application.port.out.CivitasStore}; the clock and the audit log may come from
 * elsewhere.
 */
@NullMarked
package org.civitas.application.port.out;

import org.jspecify.annotations.NullMarked;
