/**
 * The services that carry out the use cases over the outbound ports. They decide nothing the domain
 * decides: they load, ask the domain, store and record.
 */
@NullMarked
package org.civitas.application.service;

import org.jspecify.annotations.NullMarked;
