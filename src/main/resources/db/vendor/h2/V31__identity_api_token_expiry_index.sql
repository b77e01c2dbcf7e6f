-- Expired API tokens are deleted by a round (ApiTokens.removeExpired), by their expiry: every
-- sign-in used to delete them itself, reading the whole table each time (every unexpired token
-- of the last hours; at a province's sign-ins, hundreds of thousands).
create index api_token_expiry on api_token (expires_at);
