-- Version 1: the seven steps with their notes and checklists, and key/value settings.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE step (
    number      INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 7),
    notes       TEXT    NOT NULL DEFAULT '',
    marked_done INTEGER NOT NULL DEFAULT 0 CHECK (marked_done IN (0, 1)),
    updated_at  TEXT
);

INSERT INTO step (number) VALUES (1), (2), (3), (4), (5), (6), (7);

-- A built-in item has a builtin_key (its label comes from the resource bundle), a user's item has text.
CREATE TABLE checklist_item (
    id          INTEGER PRIMARY KEY,
    step_number INTEGER NOT NULL REFERENCES step (number) ON DELETE CASCADE,
    builtin_key TEXT,
    text        TEXT,
    checked     INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1)),
    position    INTEGER NOT NULL,
    CHECK ((builtin_key IS NULL) <> (text IS NULL)),
    UNIQUE (step_number, builtin_key)
);

CREATE INDEX checklist_item_by_step ON checklist_item (step_number, position);
