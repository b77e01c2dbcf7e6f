-- Expired API tokens are deleted by a round (ApiTokens.removeExpired), by their expiry: every
-- sign-in used to delete them itself, reading the whole table each time (every unexpired token
-- of the last hours; at a province's sign-ins, hundreds of thousands).
-- Built concurrently (so outside a transaction), as V26: tokens are issued and read throughout.
create index concurrently if not exists api_token_expiry on api_token (expires_at);
