-- E-supervision looks for the open cases near their limit: submitted ones by their acceptance
-- deadline, accepted ones by their decision deadline (ApplicationCases.openWithDeadlineBy). An index
-- on (status, deadlines) held every case ever made, and every case written and every change of its
-- status wrote an entry into it. Two partial indexes hold the open cases only: a draft or a decided
-- case writes no entry, and the province's million decided cases are not in them.
-- (PostgreSQL only: H2 has no partial indexes, and the embedded default keeps the index of V8.)
drop index application_case_open_deadlines;
create index application_case_submitted_deadline on application_case (accept_deadline) where status = 'SUBMITTED';
create index application_case_accepted_deadline on application_case (decision_deadline) where status = 'ACCEPTED';

-- A case is updated several times soon after it is written (each upload, the submission, each step).
-- With room left on its page, an update that changes no indexed column (an upload touching the case)
-- is made in place (HOT) and writes no index entry; without it, the new version moves to another
-- page and every index of the table gets an entry. Applies to pages written from now on.
alter table application_case set (fillfactor = 90);
