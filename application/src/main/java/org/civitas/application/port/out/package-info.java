/**
 * Outbound ports: what the use cases need from the world, one capability each. A store implements
 * {@link org.civitas.application.port.out.CivitasStore}, its audit log included; the clock comes
 * from elsewhere.
 */
@NullMarked
package org.civitas.application.port.out;

import org.jspecify.annotations.NullMarked;
