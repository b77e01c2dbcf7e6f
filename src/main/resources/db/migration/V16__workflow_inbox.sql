-- The staff inbox: each open task once per audience that sees it (each candidate group while it is
-- unclaimed, 'user:' and the assignee once claimed), written with the task in the engine's
-- transaction. A page of an inbox is an ordered index range per audience, instead of the engine's
-- task query (an OR over assignee and candidate links, sorted in full for every page).
create table work_inbox (
  audience   varchar(100) not null,
  task_id    varchar(64)  not null,
  case_id    varchar(64)  not null,
  name       varchar(200) not null,
  kind       varchar(32)  not null,
  home_group varchar(100) not null,
  assignee   varchar(64),
  created_at timestamp with time zone not null,
  due_at     timestamp with time zone,
  primary key (audience, task_id)
);
create index work_inbox_by_urgency on work_inbox (audience, due_at, created_at, task_id);
create index work_inbox_by_task on work_inbox (task_id);
create index work_inbox_by_case on work_inbox (case_id);
