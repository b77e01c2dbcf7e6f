-- Each task a member of staff completed: by whom, and which groups could have handled it, so that a
-- task asked for again (a second click, a colleague's stale page) is answered "already completed" to
-- those who could have handled it and "not found" to anyone else. Written with the completion, in
-- its transaction. The process engine keeps no history of its own (flowable.history-level=none):
-- its task history cost three statements and two dynamic renderings of every completion, and its
-- process history an insert of every submission, for this one question; who did what and when is
-- the case's timeline and the audit log. Tasks completed before this version stay in the engine's
-- old history tables, which are no longer read: asked for again, they are not found.
create table finished_task (
  task_id          varchar(64)  primary key,
  case_id          varchar(64)  not null,
  step_name        varchar(200) not null,
  candidate_groups varchar(500) not null,
  completed_by     varchar(64)  not null,
  completed_at     timestamp with time zone not null
);
