-- E-supervision's page lists a department's open cases near their limit (ApplicationCases.nearLimitIn).
-- V26's partial indexes on the deadlines alone gave every department's such cases, read row by row
-- to keep one department's. Led by the department, they give its cases alone. There are as many entries
-- as before (one per open case), so a case written costs what it did. The background round
-- (ApplicationCases.toWarn) reads them across departments; it reads the deadlines from the entries
-- and only the matching cases' rows.
-- Built and dropped concurrently (so outside a transaction), as V26.
-- (PostgreSQL only: H2 keeps the index of V8, on status and both deadlines.)
create index concurrently if not exists application_case_submitted_by_department on application_case (department_code, accept_deadline) where status = 'SUBMITTED';
create index concurrently if not exists application_case_accepted_by_department on application_case (department_code, decision_deadline) where status = 'ACCEPTED';
drop index concurrently if exists application_case_submitted_deadline;
drop index concurrently if exists application_case_accepted_deadline;
