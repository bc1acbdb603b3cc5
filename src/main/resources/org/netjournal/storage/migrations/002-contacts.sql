-- Version 2: target contacts with their profiles and tags, and the interactions logged with them.
-- Enumerations are stored as their stable code() strings, dates as ISO-8601 text (yyyy-MM-dd), instants as
-- ISO-8601 UTC text. Unknown codes are read back as defaults, so no CHECK pins the list of codes.

CREATE TABLE contact (
    id           INTEGER PRIMARY KEY,
    first_name   TEXT    NOT NULL DEFAULT '',
    last_name    TEXT    NOT NULL DEFAULT '',
    company      TEXT    NOT NULL DEFAULT '',
    role         TEXT    NOT NULL DEFAULT '',
    email        TEXT    NOT NULL DEFAULT '',
    how_we_met   TEXT    NOT NULL DEFAULT '',
    stage        TEXT    NOT NULL DEFAULT 'observe',
    cadence      TEXT    NOT NULL DEFAULT 'none',
    notes        TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL DEFAULT 'manual',
    connected_on TEXT    CHECK (connected_on IS NULL OR connected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at   TEXT    NOT NULL
) STRICT;

-- A contact's profiles in the user's order.
CREATE TABLE contact_profile (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    network    TEXT    NOT NULL,
    url        TEXT    NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;

-- Tags in the user's order (rowid); one tag once per contact, whatever its case.
CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL CHECK (tag <> ''),
    UNIQUE (contact_id, tag COLLATE NOCASE)
) STRICT;

CREATE INDEX contact_tag_by_tag ON contact_tag (tag COLLATE NOCASE);

-- session_id points at a journal session once sessions exist (a later version adds the table; no FK yet).
CREATE TABLE interaction (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind       TEXT    NOT NULL,
    network    TEXT,
    note       TEXT    NOT NULL DEFAULT '',
    session_id INTEGER
) STRICT;

CREATE INDEX interaction_by_contact_date ON interaction (contact_id, date);
