-- The staff's page of the licenses their department issued (/backoffice/licenses).
-- It lists them newest first, by issue date and then identifier, twenty at a time. The index of V11
-- ended at the issue date, so a page read and sorted all of a department's licenses to find its
-- twenty; this one gives a page's identifiers in order from the index alone (ELicenses.pageOfDepartment).
-- A search by license number, case number or holder's ID number finds them by their indexes
-- (the number's is V11's unique one) instead of reading the department's licenses.
-- Built and dropped concurrently (so outside a transaction), as V26: licenses are issued throughout.
-- (The embedded default, H2, builds the same indexes plainly: db/vendor/h2.)
create index concurrently if not exists e_license_department_newest on e_license (department_code, issued_on, identifier);
create index concurrently if not exists e_license_case_number on e_license (case_number);
create index concurrently if not exists e_license_holder_id on e_license (holder_id);
drop index concurrently if exists e_license_department;
