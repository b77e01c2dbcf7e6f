-- The delivery round looks for the messages still to send, the soonest due first: a partial index
-- holds only those few, not the message box's millions.
-- (PostgreSQL only: H2 has no partial indexes, and the embedded default's message box stays small.)
create index notification_message_pending on notification_message (delivery_due_at, id) where delivery = 'PENDING';
