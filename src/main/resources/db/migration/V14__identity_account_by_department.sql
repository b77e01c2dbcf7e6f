-- Staff of a department (who is told of a new case, of a deadline): a province has 220,000 accounts
create index account_by_department on account (department_code);
