-- A page of an applicant's cases is read from this index alone (newest first, the id breaking ties),
-- so a deep page skips index entries rather than whole rows; it replaces the index on (applicant, created).
drop index application_case_applicant;
create index application_case_applicant on application_case (applicant_username, created_at, id);
