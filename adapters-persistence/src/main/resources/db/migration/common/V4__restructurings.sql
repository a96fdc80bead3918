-- The restructurings of the record (renames, moves, merges, splits, dissolutions), in the order
-- they were given, each one JSON document. The units are kept as first established; a read applies
-- the restructurings to the units it returns, and unit_paths are written from the units as the
-- restructurings leave them, so that a subtree asked as of a day is the one in force that day.
CREATE TABLE restructurings (
  position INTEGER PRIMARY KEY,
  document VARCHAR NOT NULL
);
