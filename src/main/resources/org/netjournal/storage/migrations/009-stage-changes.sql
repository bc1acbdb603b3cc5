-- Stage changes are recorded from now on (issue 17, "how far you have come"). Uses only tables of versions 1 to 8.

-- One row per contact and day: the stage the contact stood on at the end of that day. The growth chart reads it;
-- for the days before a contact's first row it derives the stage from the logged interactions (and says so).
CREATE TABLE stage_change (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    stage      TEXT    NOT NULL,
    PRIMARY KEY (contact_id, date)
) STRICT;

-- What every contact stands on today is the first thing known for sure.
INSERT INTO stage_change (contact_id, date, stage)
    SELECT id, date('now', 'localtime'), stage FROM contact;

-- Triggers, not the repositories: a stage moves on many ways (the form, a logged interaction, a session, an
-- import), and each of them must be recorded. A full restore removes the rows these make for the contacts it
-- restores and writes the recorded ones of the file instead (see JournalRestore).
CREATE TRIGGER stage_change_on_insert AFTER INSERT ON contact
BEGIN
    INSERT OR REPLACE INTO stage_change (contact_id, date, stage)
        VALUES (NEW.id, date('now', 'localtime'), NEW.stage);
END;

CREATE TRIGGER stage_change_on_update AFTER UPDATE OF stage ON contact WHEN NEW.stage IS NOT OLD.stage
BEGIN
    INSERT OR REPLACE INTO stage_change (contact_id, date, stage)
        VALUES (NEW.id, date('now', 'localtime'), NEW.stage);
END;
