-- the outbox now deletes a publication once its listener has run (completion-mode=delete);
-- those completed before were kept and would stay forever
delete from event_publication where completion_date is not null;
