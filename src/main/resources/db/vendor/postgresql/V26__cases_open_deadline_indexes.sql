-- E-supervision looks for the open cases near their limit: submitted ones by their acceptance
-- deadline, accepted ones by their decision deadline (ApplicationCases.openWithDeadlineBy). An index
-- on (status, deadlines) held every case ever made, and every case written and every change of its
-- status wrote an entry into it. Two partial indexes hold the open cases only: a draft or a decided
-- case writes no entry, and the province's million decided cases are not in them.
-- Built and dropped concurrently (so outside a transaction): the cases' table is read and written
-- throughout, where a plain build would hold every case's reads and writes for the two scans.
-- (PostgreSQL only: H2 has no partial indexes, and the embedded default keeps the index of V8.)
create index concurrently if not exists application_case_submitted_deadline on application_case (accept_deadline) where status = 'SUBMITTED';
create index concurrently if not exists application_case_accepted_deadline on application_case (decision_deadline) where status = 'ACCEPTED';
drop index concurrently if exists application_case_open_deadlines;
