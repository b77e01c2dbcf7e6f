-- A message that is also to reach its recipient outside the platform (SMS, e-mail) is written with
-- the step that caused it, in the same transaction, and sent afterwards by a delivery round:
-- 'PENDING' until sent (delivery_due_at: when it may next be tried; while a node sends it, the end
-- of that node's lease), then 'DONE', or 'FAILED' after its last attempt (delivery_due_at: when). Messages for the message box alone
-- (staff's, and all written before this) have no delivery.
alter table notification_message add column delivery varchar(8);
alter table notification_message add column delivery_due_at timestamp with time zone;
alter table notification_message add column delivery_attempts integer default 0 not null;
