-- Where an applicant gets e-mail notices (optional).
alter table account add column email varchar(200);
