-- API tokens: who holds each, as which role over which unit's subtree, and the SHA-256 of its
-- secret (lower-case hex). The secret itself is never stored. Revoked tokens stay, so that a
-- list shows who held what and when it ended.
CREATE TABLE api_tokens (
  id          VARCHAR(16)              PRIMARY KEY,
  position    BIGINT GENERATED ALWAYS AS IDENTITY,  -- the order in which tokens were made
  subject     VARCHAR                  NOT NULL,
  role        VARCHAR(16)              NOT NULL,
  scope       VARCHAR(64)              NOT NULL,
  secret_hash CHAR(64)                 NOT NULL UNIQUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at  TIMESTAMP WITH TIME ZONE
);
