-- Version 3: the journal (sessions with their networks, counts and contacts touched), weekly goals, drafts
-- and wins. Same conventions as version 2: codes as their stable code() strings, dates as yyyy-MM-dd.
-- A session's start is the local wall-clock time as the user entered it, 'yyyy-MM-ddTHH:mm', with no zone:
-- weeks are calendar weeks of the user's own calendar (see Session and Week), and the fixed-width text sorts
-- and compares like the time it stands for.

-- AUTOINCREMENT (session, draft, win): a deleted row's id is never handed out again, so "undo" can restore it
-- under its old id, and no new session can adopt interactions that still name an old one.
CREATE TABLE session (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    start            TEXT    NOT NULL
                     CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    energy_before    INTEGER CHECK (energy_before IS NULL OR energy_before BETWEEN 1 AND 5),
    energy_after     INTEGER CHECK (energy_after IS NULL OR energy_after BETWEEN 1 AND 5),
    how_it_felt      TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX session_by_start ON session (start);

CREATE TABLE session_network (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    network    TEXT    NOT NULL,
    PRIMARY KEY (session_id, network)
) STRICT;

-- Zero counts are not stored.
CREATE TABLE session_count (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    action     TEXT    NOT NULL,
    count      INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (session_id, action)
) STRICT;

-- Contacts touched, in the user's order, with the kind of interaction logged for each.
CREATE TABLE session_contact (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    PRIMARY KEY (session_id, contact_id)
) STRICT;

CREATE INDEX session_contact_by_contact ON session_contact (contact_id);

-- interaction.session_id (version 2) now points at a session. It stays without a foreign key (adding one means
-- rebuilding the table); SessionRepository keeps it consistent and the trigger below removes a session's
-- interactions with it. No session existed before this version, so any session_id so far points nowhere.
UPDATE interaction SET session_id = NULL WHERE session_id IS NOT NULL;

CREATE INDEX interaction_by_session ON interaction (session_id) WHERE session_id IS NOT NULL;

CREATE TRIGGER session_deletes_its_interactions AFTER DELETE ON session
BEGIN
    DELETE FROM interaction WHERE session_id = OLD.id;
END;

-- A network of NULL means "any network". One goal per network and action: SQLite treats NULLs in a UNIQUE
-- constraint as distinct, hence the index on the expression. since: the day the goal was first set.
CREATE TABLE weekly_goal (
    id      INTEGER PRIMARY KEY,
    network TEXT,
    action  TEXT    NOT NULL,
    target  INTEGER NOT NULL CHECK (target > 0),
    since   TEXT    NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

CREATE UNIQUE INDEX weekly_goal_key ON weekly_goal (COALESCE(network, ''), action);

CREATE TABLE draft (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    network  TEXT,
    title    TEXT    NOT NULL DEFAULT '',
    text     TEXT    NOT NULL DEFAULT '',
    position INTEGER NOT NULL
) STRICT;

-- A session's win (at most one per session) is a row here; it is the only copy of that text.
CREATE TABLE win (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text       TEXT    NOT NULL CHECK (text <> ''),
    session_id INTEGER REFERENCES session (id) ON DELETE SET NULL
) STRICT;

CREATE UNIQUE INDEX win_by_session ON win (session_id);
CREATE INDEX win_by_date ON win (date);
