-- Province-scale data is generated in chunks, each in one transaction with its row here: a run that
-- stops half-way resumes where it stopped, and a second run adds nothing twice.
create table scale_chunk (
  seed       integer     not null,
  kind       varchar(16) not null,
  chunk_no   integer     not null,
  rows_added integer     not null,
  created_at timestamp with time zone not null,
  primary key (seed, kind, chunk_no)
);
