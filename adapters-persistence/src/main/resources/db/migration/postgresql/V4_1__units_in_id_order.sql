-- Lists of units come a page at a time in the order of their ids, character by character (the
-- "C" collation), whatever the database's own collation: this index serves that order and the
-- "after this id" condition of the next page.
CREATE INDEX units_in_id_order ON units (id COLLATE "C");
