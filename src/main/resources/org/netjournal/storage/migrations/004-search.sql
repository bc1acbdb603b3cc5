-- Version 4: one full-text index (FTS5) over everything the user wrote: step notes, contacts (every text field,
-- tags and profile links), interaction notes, sessions, drafts and wins. It is derived data: triggers keep it in
-- step with the tables in the same transaction as each change, so no code path (repositories, imports, a JSON
-- restore, cascading deletes) can forget it.
--
-- One row per item. Its rowid packs the item: id * 8 + kind (1 step, 2 contact, 3 interaction, 4 session,
-- 5 draft, 6 win), so a trigger finds an item's row through the rowid (a b-tree look-up) instead of scanning.
--
-- German matching: the tokenizer folds case and removes diacritics, so "Müller", "MÜLLER" and "muller" are the
-- same token. The *_alt columns add the German spelling without umlauts (ä -> ae, ö -> oe, ü -> ue, ß -> ss),
-- so "mueller" finds "Müller" and "strasse" finds "Straße" too. They are filled only for texts holding one of
-- those letters (empty otherwise, to keep the index small). The reverse, "muller" finding a written "Mueller",
-- is left out on purpose: folding every "ue" would make "neue" match "neu" and "Feuer" match "Fuer".

CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, title_alt, body_alt,
    tokenize = 'unicode61 remove_diacritics 2'
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
    SELECT id * 8 + kind, kind, id, title, body,
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

-- Each trigger removes the item's row and writes it again from the tables (nothing when the item is gone or
-- has no text). Text columns only: a contact's stage moving up does not touch the index.

CREATE TRIGGER search_step_notes AFTER UPDATE OF notes ON step
BEGIN
    DELETE FROM search_index WHERE rowid = NEW.number * 8 + 1;
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 1 AND id = NEW.number;
END;

CREATE TRIGGER search_contact_insert AFTER INSERT ON contact
BEGIN
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 AND id = NEW.id;
END;

CREATE TRIGGER search_contact_update
    AFTER UPDATE OF first_name, last_name, company, role, email, how_we_met, notes ON contact
BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 AND id = NEW.id;
END;

-- A new name is also the title of the contact's interactions.
CREATE TRIGGER search_contact_name AFTER UPDATE OF first_name, last_name ON contact
BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + 3 FROM interaction WHERE contact_id = NEW.id);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document
        WHERE kind = 3 AND id IN (SELECT id FROM interaction WHERE contact_id = NEW.id);
END;

CREATE TRIGGER search_contact_delete AFTER DELETE ON contact
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;

-- Tags and profile links belong to their contact's row. A cascading delete of a contact fires these too; then
-- the contact is gone and only the removal happens.
CREATE TRIGGER search_contact_tag_insert AFTER INSERT ON contact_tag
BEGIN
    DELETE FROM search_index WHERE rowid = NEW.contact_id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 AND id = NEW.contact_id;
END;

CREATE TRIGGER search_contact_tag_update AFTER UPDATE ON contact_tag
BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.contact_id * 8 + 2, NEW.contact_id * 8 + 2);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document
        WHERE kind = 2 AND id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER search_contact_tag_delete AFTER DELETE ON contact_tag
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.contact_id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 AND id = OLD.contact_id;
END;

CREATE TRIGGER search_contact_profile_insert AFTER INSERT ON contact_profile
BEGIN
    DELETE FROM search_index WHERE rowid = NEW.contact_id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 AND id = NEW.contact_id;
END;

CREATE TRIGGER search_contact_profile_update AFTER UPDATE ON contact_profile
BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.contact_id * 8 + 2, NEW.contact_id * 8 + 2);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document
        WHERE kind = 2 AND id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER search_contact_profile_delete AFTER DELETE ON contact_profile
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.contact_id * 8 + 2;
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 AND id = OLD.contact_id;
END;

CREATE TRIGGER search_interaction_insert AFTER INSERT ON interaction
BEGIN
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 3 AND id = NEW.id;
END;

CREATE TRIGGER search_interaction_update AFTER UPDATE OF id, contact_id, note ON interaction
BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 3, NEW.id * 8 + 3);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 3 AND id = NEW.id;
END;

CREATE TRIGGER search_interaction_delete AFTER DELETE ON interaction
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;

CREATE TRIGGER search_session_insert AFTER INSERT ON session
BEGIN
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 4 AND id = NEW.id;
END;

CREATE TRIGGER search_session_update AFTER UPDATE OF id, how_it_felt, notes ON session
BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 4, NEW.id * 8 + 4);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 4 AND id = NEW.id;
END;

CREATE TRIGGER search_session_delete AFTER DELETE ON session
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;

CREATE TRIGGER search_draft_insert AFTER INSERT ON draft
BEGIN
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 5 AND id = NEW.id;
END;

CREATE TRIGGER search_draft_update AFTER UPDATE OF id, title, text ON draft
BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 5, NEW.id * 8 + 5);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 5 AND id = NEW.id;
END;

CREATE TRIGGER search_draft_delete AFTER DELETE ON draft
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
END;

CREATE TRIGGER search_win_insert AFTER INSERT ON win
BEGIN
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 6 AND id = NEW.id;
END;

CREATE TRIGGER search_win_update AFTER UPDATE OF id, text ON win
BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 6, NEW.id * 8 + 6);
    INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
        SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 6 AND id = NEW.id;
END;

CREATE TRIGGER search_win_delete AFTER DELETE ON win
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
END;
