-- The staff's page of the licenses their department issued, newest first by issue date and then
-- identifier, and its search by case number or holder's ID number (db/vendor/postgresql/V29 says why).
create index e_license_department_newest on e_license (department_code, issued_on, identifier);
create index e_license_case_number on e_license (case_number);
create index e_license_holder_id on e_license (holder_id);
drop index e_license_department;
