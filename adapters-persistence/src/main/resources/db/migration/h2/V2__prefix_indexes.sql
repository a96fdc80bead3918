-- H2 compares text by code point, so a plain index serves path LIKE '/masspf/dgpe/%'.
CREATE INDEX unit_paths_by_path ON unit_paths (path);
CREATE INDEX audit_log_by_subject ON audit_log (subject);
