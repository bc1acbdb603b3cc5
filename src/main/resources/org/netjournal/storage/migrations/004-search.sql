-- Version 4: one full-text index (FTS5) over everything the user wrote: step notes, contacts (every text field,
-- tags and profile links), interaction notes, sessions, drafts and wins. It is derived data, kept in step with
-- the tables in the same transaction as each change: triggers note every changed item in search_stale, so no code
-- path (repositories, imports, a JSON restore, cascading deletes) can forget one, and JournalDatabase rewrites
-- those items' index rows just before the transaction commits (SearchIndex.refresh).
--
-- Why not let the triggers write the index directly: a contact's row holds its tags and links, so saving a
-- contact with five of them rewrote its row six times, and FTS5 flushes its in-memory batch whenever a row id
-- is written out of order or twice. That made the 50,000-contact import eleven times slower. Noted first and
-- rewritten once per commit in row-id order, the index costs the import a fraction of that (see BENCHMARKS.md).
--
-- One row per item. Its rowid packs the item: (kind << 40) + id, kind 1 step, 2 contact, 3 interaction,
-- 4 session, 5 draft, 6 win. An item's row is found by its rowid (a b-tree look-up), and each kind is one range of
-- rowids, which FTS5 searches on its own: the best hits of each kind without ranking the other kinds' hits.
--
-- German matching: the tokenizer folds case and removes diacritics, so "Müller", "MÜLLER" and "muller" are the
-- same token. The *_alt columns add the German spelling without umlauts (ä -> ae, ö -> oe, ü -> ue, ß -> ss),
-- so "mueller" finds "Müller" and "strasse" finds "Straße" too. They are filled only for texts holding one of
-- those letters (empty otherwise, to keep the index small). The reverse, "muller" finding a written "Mueller",
-- is left out on purpose: folding every "ue" would make "neue" match "neu" and "Feuer" match "Fuer".

-- prefix = '2 3': words beginning with the first two or three letters typed are one look-up each, not a merge
-- of every such word's list (3x faster while typing on 50,000 contacts, for a larger file; see BENCHMARKS.md).
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, title_alt, body_alt,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The text of every item: a title (names, a draft's title) and a body, one field per line. An interaction's
-- title is its contact's name, so "Anna coffee" finds the note "coffee at the fair" logged with Anna.
CREATE VIEW search_source (kind, id, title, body) AS
    SELECT 1, number, '', notes FROM step WHERE notes <> ''
    UNION ALL
    SELECT 2, c.id, trim(c.first_name || ' ' || c.last_name),
           concat_ws(char(10), c.company, c.role, c.email, c.how_we_met, c.notes,
                     (SELECT group_concat(t.tag, ' ') FROM contact_tag t WHERE t.contact_id = c.id),
                     (SELECT group_concat(p.url, ' ') FROM contact_profile p WHERE p.contact_id = c.id))
    FROM contact c
    UNION ALL
    SELECT 3, i.id, trim(c.first_name || ' ' || c.last_name), i.note
    FROM interaction i JOIN contact c ON c.id = i.contact_id WHERE i.note <> ''
    UNION ALL
    SELECT 4, id, '', concat_ws(char(10), how_it_felt, notes) FROM session WHERE how_it_felt <> '' OR notes <> ''
    UNION ALL
    SELECT 5, id, title, text FROM draft
    UNION ALL
    SELECT 6, id, '', text FROM win;

-- An item's index row; char(776) is the combining diaeresis of decomposed text ("u" + "¨").
CREATE VIEW search_document (key, kind, id, title, body, title_alt, body_alt) AS
    SELECT (kind << 40) + id, kind, id, title, body,
           CASE WHEN title GLOB '*[äöüßÄÖÜẞ' || char(776) || ']*'
                THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(title,
                     'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS'),
                     char(776), 'e')
                ELSE '' END,
           CASE WHEN body GLOB '*[äöüßÄÖÜẞ' || char(776) || ']*'
                THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
                     'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS'),
                     char(776), 'e')
                ELSE '' END
    FROM search_source;

INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
    SELECT key, title, body, title_alt, body_alt FROM search_document;

-- The items whose index rows are out of date; empty outside a write transaction.
CREATE TABLE search_stale (
    key INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER search_step_notes AFTER UPDATE OF notes ON step
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + OLD.number), ((1 << 40) + NEW.number);
END;

CREATE TRIGGER search_contact_insert AFTER INSERT ON contact
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + NEW.id);
END;

CREATE TRIGGER search_contact_update AFTER UPDATE OF id, first_name, last_name, company, role, email, how_we_met, notes ON contact
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.id), ((2 << 40) + NEW.id);
END;

CREATE TRIGGER search_contact_delete AFTER DELETE ON contact
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.id);
END;

-- A new name is also the title of the contact's interactions.
CREATE TRIGGER search_contact_name AFTER UPDATE OF first_name, last_name ON contact
BEGIN
    INSERT OR IGNORE INTO search_stale (key) SELECT (3 << 40) + id FROM interaction WHERE contact_id = NEW.id;
END;

-- Tags and profile links are part of their contact's row (a cascading delete of the contact fires these too).
CREATE TRIGGER search_contact_tag_insert AFTER INSERT ON contact_tag
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_tag_update AFTER UPDATE OF contact_id, tag ON contact_tag
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id), ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_tag_delete AFTER DELETE ON contact_tag
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id);
END;

CREATE TRIGGER search_contact_profile_insert AFTER INSERT ON contact_profile
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_profile_update AFTER UPDATE OF contact_id, url ON contact_profile
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id), ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_profile_delete AFTER DELETE ON contact_profile
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id);
END;

CREATE TRIGGER search_interaction_insert AFTER INSERT ON interaction
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((3 << 40) + NEW.id);
END;

CREATE TRIGGER search_interaction_update AFTER UPDATE OF id, contact_id, note ON interaction
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((3 << 40) + OLD.id), ((3 << 40) + NEW.id);
END;

CREATE TRIGGER search_interaction_delete AFTER DELETE ON interaction
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((3 << 40) + OLD.id);
END;

CREATE TRIGGER search_session_insert AFTER INSERT ON session
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((4 << 40) + NEW.id);
END;

CREATE TRIGGER search_session_update AFTER UPDATE OF id, how_it_felt, notes ON session
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((4 << 40) + OLD.id), ((4 << 40) + NEW.id);
END;

CREATE TRIGGER search_session_delete AFTER DELETE ON session
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((4 << 40) + OLD.id);
END;

CREATE TRIGGER search_draft_insert AFTER INSERT ON draft
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((5 << 40) + NEW.id);
END;

CREATE TRIGGER search_draft_update AFTER UPDATE OF id, title, text ON draft
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((5 << 40) + OLD.id), ((5 << 40) + NEW.id);
END;

CREATE TRIGGER search_draft_delete AFTER DELETE ON draft
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((5 << 40) + OLD.id);
END;

CREATE TRIGGER search_win_insert AFTER INSERT ON win
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((6 << 40) + NEW.id);
END;

CREATE TRIGGER search_win_update AFTER UPDATE OF id, text ON win
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((6 << 40) + OLD.id), ((6 << 40) + NEW.id);
END;

CREATE TRIGGER search_win_delete AFTER DELETE ON win
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((6 << 40) + OLD.id);
END;
