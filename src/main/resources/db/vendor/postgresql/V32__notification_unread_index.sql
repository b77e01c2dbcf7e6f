-- The message box counts a person's unread messages. The index of V10 is on (recipient, id), so the
-- count read the row of every message the person ever had to see whether it was read. A window clerk
-- is told of every case that reaches the department, so that is thousands a month. This index holds
-- the unread ones alone: the count reads them and nothing else, and a message leaves it when read.
-- Built concurrently (so outside a transaction), as V26: messages are written with every step.
-- (PostgreSQL only: H2 has no partial indexes, and the embedded default's boxes are small.)
create index concurrently if not exists notification_message_unread on notification_message (recipient) where read_at is null;
