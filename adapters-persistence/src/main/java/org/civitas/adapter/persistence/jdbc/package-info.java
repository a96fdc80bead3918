/**
 * The store in a relational database: an embedded H2 file by default, PostgreSQL in production.
 * Same schema on both (Flyway migrations under {@code db/migration}), rows mapped to the domain by
 * MapStruct, SQL run through Jdbi over a HikariCP pool.
 */
@NullMarked
package org.civitas.adapter.persistence.jdbc;

import org.jspecify.annotations.NullMarked;
