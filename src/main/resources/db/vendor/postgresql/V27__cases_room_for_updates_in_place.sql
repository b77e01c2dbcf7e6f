-- A case is updated several times soon after it is written (each upload, the submission, each step).
-- With room left on its page, an update that changes no indexed column (an upload touching the case)
-- is made in place (HOT) and writes no index entry; without it, the new version moves to another
-- page and every index of the table gets an entry. Applies to pages written from now on.
alter table application_case set (fillfactor = 90);
