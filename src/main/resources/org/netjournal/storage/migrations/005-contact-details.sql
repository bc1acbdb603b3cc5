-- Version 5: what contact files hold beyond first and last name (issue 13). The other parts of a vCard N
-- (middle names, prefix, suffix) have columns of their own so that first_name stays the given name drafts greet
-- with; is_organisation marks a contact that is a company (Apple's X-ABShowAs:COMPANY, vCard 4.0 KIND:org).
-- Every e-mail address and phone number is kept with its label and preferred flag, in the file's order.
-- contact.email stays the main address (it is also the first of contact_email when nothing else is preferred).

ALTER TABLE contact ADD COLUMN middle_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN name_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN name_suffix TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN is_organisation INTEGER NOT NULL DEFAULT 0 CHECK (is_organisation IN (0, 1));

CREATE TABLE contact_email (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    address    TEXT    NOT NULL CHECK (address <> ''),
    label      TEXT    NOT NULL DEFAULT '',
    preferred  INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    PRIMARY KEY (contact_id, position)
) STRICT;

CREATE TABLE contact_phone (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    number     TEXT    NOT NULL CHECK (number <> ''),
    label      TEXT    NOT NULL DEFAULT '',
    preferred  INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    PRIMARY KEY (contact_id, position)
) STRICT;

-- A journal of version 4 had one address per contact: it becomes the contact's first e-mail address.
INSERT INTO contact_email (contact_id, position, address, label, preferred)
    SELECT id, 0, email, '', 0 FROM contact WHERE email <> '';

-- The search text of a contact gains the name parts, the e-mail addresses and the phone numbers.
-- search_document reads search_source, so both are recreated (search_document exactly as in version 4).
DROP VIEW search_document;
DROP VIEW search_source;

CREATE VIEW search_source (kind, id, title, body) AS
    SELECT 1, number, '', notes FROM step WHERE notes <> ''
    UNION ALL
    SELECT 2, c.id, trim(c.first_name || ' ' || c.last_name),
           concat_ws(char(10), c.company, c.role, c.email, c.how_we_met, c.notes,
                     (SELECT group_concat(t.tag, ' ') FROM contact_tag t WHERE t.contact_id = c.id),
                     (SELECT group_concat(p.url, ' ') FROM contact_profile p WHERE p.contact_id = c.id),
                     nullif(trim(c.name_prefix || ' ' || c.middle_name || ' ' || c.name_suffix), ''),
                     (SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id),
                     (SELECT group_concat(f.number, ' ') FROM contact_phone f WHERE f.contact_id = c.id))
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

CREATE TRIGGER search_contact_name_parts AFTER UPDATE OF middle_name, name_prefix, name_suffix ON contact
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.id), ((2 << 40) + NEW.id);
END;

CREATE TRIGGER search_contact_email_insert AFTER INSERT ON contact_email
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_email_update AFTER UPDATE OF contact_id, address ON contact_email
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id), ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_email_delete AFTER DELETE ON contact_email
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id);
END;

CREATE TRIGGER search_contact_phone_insert AFTER INSERT ON contact_phone
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_phone_update AFTER UPDATE OF contact_id, number ON contact_phone
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id), ((2 << 40) + NEW.contact_id);
END;

CREATE TRIGGER search_contact_phone_delete AFTER DELETE ON contact_phone
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((2 << 40) + OLD.contact_id);
END;

-- The migration's own inserts noted their contacts; their rows are rewritten here, the notes cleared.
DELETE FROM search_stale;
DELETE FROM search_index WHERE rowid BETWEEN (2 << 40) AND (3 << 40) - 1;
INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
    SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 2 ORDER BY key;
