-- The figures page and /api/v1/stats/reuse count the materials e-licenses stood in for
-- (CaseMaterials.countProvidedByLicense). Without an index that count read every material of every
-- case: millions of rows at a province's scale. A partial index holds only the materials so
-- provided, and the count is an index-only scan of it; a material uploaded as a file writes no entry.
-- Built concurrently (so outside a transaction), as V26: the materials are read and written throughout.
-- (PostgreSQL only: H2 has no partial indexes, and the embedded default's tables are small.)
create index concurrently if not exists case_material_by_license on case_material (license_identifier) where license_identifier is not null;
