-- No query reads cases by department and status (a department's work is its inbox, work_inbox), yet
-- every case written and every change of its status wrote an entry into this index: at province scale
-- one more random page of a million-row index for each submission, acceptance and decision.
drop index application_case_department;
