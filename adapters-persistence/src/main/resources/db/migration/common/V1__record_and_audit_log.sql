-- The record of a ministry and the audit log of its changes. Written in SQL that H2 and
-- PostgreSQL both run; what they write differently is in db/migration/h2 and
-- db/migration/postgresql.
--
-- Every aggregate (unit, strategy, commitment) carries a version: a write names the version it
-- read and changes the row only WHERE version = that version, so no update is lost. "position"
-- keeps the order in which the record was given.
-- Texts are JSON maps from language to text; dates are kept as written (2024, 2024-01,
-- 2024-01-15) and, where queries compare them, as their first and last day.

CREATE TABLE units (
  id          VARCHAR(64) PRIMARY KEY,
  position    INTEGER     NOT NULL,
  version     BIGINT      NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  names       VARCHAR     NOT NULL,   -- JSON
  acronym     VARCHAR,
  established VARCHAR(10),            -- partial date as written
  dissolved   VARCHAR(10),
  first_day   DATE,                   -- first day alive; NULL when not known
  last_day    DATE,                   -- last day alive; NULL while alive
  staff       INTEGER,
  territory   VARCHAR,                -- JSON
  posts       VARCHAR     NOT NULL,   -- JSON list
  mandate     VARCHAR,                -- JSON
  links       VARCHAR     NOT NULL    -- JSON list (typed links outside the hierarchy)
);

CREATE INDEX units_by_position ON units (position);

-- The dated hierarchy as given: unit_id sat under parent_id over the period. The first link in
-- force on a day wins, as in the domain. A parent may be absent from units (the validator
-- reports it); the unit then stands as a root.
CREATE TABLE unit_parent_links (
  unit_id    VARCHAR(64) NOT NULL REFERENCES units (id),
  position   INTEGER     NOT NULL,
  parent_id  VARCHAR(64) NOT NULL,
  start_date VARCHAR(10),
  end_date   VARCHAR(10),
  first_day  DATE,
  last_day   DATE,
  PRIMARY KEY (unit_id, position)
);

CREATE INDEX unit_parent_links_by_parent ON unit_parent_links (parent_id);

-- The materialised hierarchy: over each span of days from first_day to last_day (open when
-- NULL), the unit's chain of units from its root, written /masspf/dgpe/dpsv/, and how many
-- units that chain holds. The units below a unit on a day are those whose path that day starts
-- with its path: one range of the index on path (created in db/migration/h2 and
-- db/migration/postgresql). Paths are written in the same transaction as the units they derive
-- from, and never computed on reading.
CREATE TABLE unit_paths (
  unit_id   VARCHAR(64)   NOT NULL REFERENCES units (id),
  path      VARCHAR(4096) NOT NULL,
  depth     INTEGER       NOT NULL,
  first_day DATE,
  last_day  DATE
);

CREATE INDEX unit_paths_by_unit ON unit_paths (unit_id);

CREATE TABLE strategies (
  id       VARCHAR(64) PRIMARY KEY,
  position INTEGER     NOT NULL,
  version  BIGINT      NOT NULL,
  owner    VARCHAR(64),
  document VARCHAR     NOT NULL       -- JSON: the strategy with its axes, objectives, actions
);

CREATE TABLE commitments (
  id       VARCHAR(64) PRIMARY KEY,
  position INTEGER     NOT NULL,
  version  BIGINT      NOT NULL,
  lead     VARCHAR(64) NOT NULL,
  document VARCHAR     NOT NULL       -- JSON: the commitment with its activities, indicators
);

CREATE INDEX commitments_by_lead ON commitments (lead);
CREATE INDEX commitments_by_position ON commitments (position);

-- Append-only: rows are inserted with the change they record, in its transaction, and never
-- updated or deleted.
CREATE TABLE audit_log (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR NOT NULL,
  action       VARCHAR NOT NULL,
  subject      VARCHAR NOT NULL,       -- e.g. commitment/upe/activity/suivi
  state_before VARCHAR,                -- as people read it
  state_after  VARCHAR,
  note         VARCHAR
);

-- One row whose lock imports take first, so that two imports run one after the other.
CREATE TABLE import_turn (
  id      INTEGER PRIMARY KEY,
  imports BIGINT  NOT NULL
);

INSERT INTO import_turn (id, imports) VALUES (1, 0);
