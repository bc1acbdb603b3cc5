-- Version 6: my goal and my people (issue 16, steps 4 and 5) and the starter texts of the drafts (point 7).
-- Depends only on versions 1 to 5.

-- The goal of step 5: one row at most (id 1). by_when is optional.
CREATE TABLE strategy_goal (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    text    TEXT    NOT NULL DEFAULT '',
    by_when TEXT    CHECK (by_when IS NULL OR by_when GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

-- The target contacts: the short list the user chose. A row = on the list; focus_group is one of the
-- FocusGroup codes, or NULL for "on my list, no group". Deleting a contact takes it off the list.
CREATE TABLE target_contact (
    contact_id  INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    focus_group TEXT
) STRICT;

-- Until now every contact counted as a target contact. What stays one: a contact the user added by hand (step 5's
-- "add" created exactly those), and any contact they already did something with (an interaction, a comfort stage
-- beyond observe, a keep-in-touch cadence). A bulk import the user never touched is a list of connections, not a
-- choice: those contacts are not targets until the user puts them on the list.
INSERT INTO target_contact (contact_id, focus_group)
    SELECT c.id, NULL FROM contact c
    WHERE c.source = 'manual' OR c.stage <> 'observe' OR c.cadence <> 'none'
       OR EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id)
    ORDER BY c.id;

-- Accounts, pages and hashtags worth following, noted while looking around (step 4). network: a Network code or
-- NULL (any/unknown); link: a web address, or the text as typed when it is none ("#hashtag").
CREATE TABLE interesting_account (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT    NOT NULL DEFAULT '',
    network  TEXT,
    link     TEXT    NOT NULL DEFAULT '',
    why      TEXT    NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    CHECK (name <> '' OR link <> '')
) STRICT;

-- The drafts that are still NetJournal's starter texts, untouched (starter: a StarterText code). Editing the
-- draft's words or network makes it the user's own (the trigger below); deleting it removes the mark with it.
-- Whether the starters were ever added is the setting 'starterTextsAdded', so a removed one never comes back.
CREATE TABLE draft_starter (
    draft_id INTEGER PRIMARY KEY REFERENCES draft (id) ON DELETE CASCADE,
    starter  TEXT    NOT NULL
) STRICT;

CREATE TRIGGER draft_edit_makes_it_yours AFTER UPDATE OF network, title, text ON draft
    WHEN OLD.network IS NOT NEW.network OR OLD.title IS NOT NEW.title OR OLD.text IS NOT NEW.text
BEGIN
    DELETE FROM draft_starter WHERE draft_id = NEW.id;
END;

-- Search: the goal is found as part of step 5, the interesting accounts as part of step 4 (their steps are where
-- they live in the window). search_document reads search_source, so both are recreated (search_document as in
-- version 4); contacts as in version 5.
DROP VIEW search_document;
DROP VIEW search_source;

CREATE VIEW search_source (kind, id, title, body) AS
    SELECT 1, number, '', body FROM (
        SELECT s.number AS number,
               concat_ws(char(10), nullif(s.notes, ''),
                         CASE s.number
                             WHEN 5 THEN (SELECT nullif(g.text, '') FROM strategy_goal g)
                             WHEN 4 THEN (SELECT group_concat(concat_ws(' ', nullif(a.name, ''), nullif(a.link, ''),
                                                                        nullif(a.why, '')), char(10))
                                          FROM interesting_account a)
                         END) AS body
        FROM step s)
    WHERE body <> ''
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

CREATE TRIGGER search_strategy_goal_insert AFTER INSERT ON strategy_goal
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + 5);
END;

CREATE TRIGGER search_strategy_goal_update AFTER UPDATE OF text ON strategy_goal
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + 5);
END;

CREATE TRIGGER search_strategy_goal_delete AFTER DELETE ON strategy_goal
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + 5);
END;

CREATE TRIGGER search_interesting_account_insert AFTER INSERT ON interesting_account
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + 4);
END;

CREATE TRIGGER search_interesting_account_update AFTER UPDATE OF name, link, why ON interesting_account
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + 4);
END;

CREATE TRIGGER search_interesting_account_delete AFTER DELETE ON interesting_account
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((1 << 40) + 4);
END;
