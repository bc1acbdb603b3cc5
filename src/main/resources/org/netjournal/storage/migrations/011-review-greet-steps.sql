-- Who to greet next week is picked from the suggestions (issue 17): each pick keeps the person's name and the small
-- step suggested then ("Like one of Anna's posts"), so the review reads the same after a rename, and a deleted
-- contact leaves the name in the review instead of taking the pick with it. Uses only tables of versions 1 to 10
-- (its search views repeat version 10's, the review's people added).

CREATE TABLE weekly_review_greet_new (
    review_id  INTEGER NOT NULL REFERENCES weekly_review (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    name       TEXT    NOT NULL,
    suggestion TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, position)
) STRICT;

-- the picks of version 10 had no step kept: the name as the contact has it now
INSERT INTO weekly_review_greet_new (review_id, position, contact_id, name)
    SELECT g.review_id, g.position, g.contact_id, trim(c.first_name || ' ' || c.last_name)
    FROM weekly_review_greet g JOIN contact c ON c.id = g.contact_id;

DROP VIEW search_document;
DROP VIEW search_source;
DROP TABLE weekly_review_greet;
ALTER TABLE weekly_review_greet_new RENAME TO weekly_review_greet;

CREATE INDEX weekly_review_greet_contact ON weekly_review_greet (contact_id);

CREATE VIEW search_source (kind, id, title, body) AS
    -- steps as version 6 made them (notes, step 5's goal, step 4's interesting accounts)
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
    SELECT 6, id, '', text FROM win
    UNION ALL
    -- the brand names are the same in every language the app speaks
    SELECT 7, id, CASE network WHEN 'other' THEN custom_name WHEN 'linkedin' THEN 'LinkedIn' WHEN 'xing' THEN 'Xing'
                      WHEN 'facebook' THEN 'Facebook' WHEN 'instagram' THEN 'Instagram' WHEN 'x' THEN 'X Twitter'
                      WHEN 'pinterest' THEN 'Pinterest' WHEN 'mastodon' THEN 'Mastodon' WHEN 'bluesky' THEN 'Bluesky'
                      WHEN 'threads' THEN 'Threads' WHEN 'youtube' THEN 'YouTube' WHEN 'tiktok' THEN 'TikTok'
                      ELSE network END,
           concat_ws(char(10), nullif(why, ''), nullif(profile_link, ''))
    FROM my_network WHERE why <> '' OR profile_link <> '' OR network = 'other'
    UNION ALL
    SELECT 8, id, '', concat_ws(char(10), text, link) FROM post
    UNION ALL
    -- a review is found by its sentence and by the people it picked to greet, with their small steps
    SELECT 9, r.id, '', concat_ws(char(10), nullif(r.note, ''),
                                  (SELECT group_concat(line, char(10)) FROM (
                                       SELECT concat_ws(': ', g.name, nullif(g.suggestion, '')) AS line
                                       FROM weekly_review_greet g WHERE g.review_id = r.id ORDER BY g.position)))
    FROM weekly_review r
    WHERE r.note <> '' OR EXISTS (SELECT 1 FROM weekly_review_greet g WHERE g.review_id = r.id);

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

-- Plain INSERTs that skip a key noted already, not INSERT OR IGNORE: a contact's deletion sets its picks' contact to
-- NULL, and the conflict handling of that statement would override the trigger's OR IGNORE.
CREATE TRIGGER search_review_greet_insert AFTER INSERT ON weekly_review_greet
BEGIN
    INSERT INTO search_stale (key) SELECT (9 << 40) + NEW.review_id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE key = (9 << 40) + NEW.review_id);
END;

CREATE TRIGGER search_review_greet_update AFTER UPDATE ON weekly_review_greet
BEGIN
    INSERT INTO search_stale (key) SELECT DISTINCT (9 << 40) + review_id FROM (
        SELECT OLD.review_id AS review_id UNION SELECT NEW.review_id)
    WHERE (9 << 40) + review_id NOT IN (SELECT key FROM search_stale);
END;

CREATE TRIGGER search_review_greet_delete AFTER DELETE ON weekly_review_greet
BEGIN
    INSERT INTO search_stale (key) SELECT (9 << 40) + OLD.review_id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE key = (9 << 40) + OLD.review_id);
END;

-- the reviews stored before are indexed again, with their people, here: the index is brought up to date only
-- after a write, and a search right after the upgrade must find them
DELETE FROM search_index WHERE rowid BETWEEN (9 << 40) AND (10 << 40) - 1;
INSERT INTO search_index (rowid, title, body, title_alt, body_alt)
    SELECT key, title, body, title_alt, body_alt FROM search_document WHERE kind = 9 ORDER BY key;
DELETE FROM search_stale WHERE key BETWEEN (9 << 40) AND (10 << 40) - 1;
