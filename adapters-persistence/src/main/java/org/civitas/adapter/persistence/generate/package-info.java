/** Synthetic national datasets for tests, benchmarks and demonstrations. */
@NullMarked
package org.civitas.adapter.persistence.generate;

import org.jspecify.annotations.NullMarked;
