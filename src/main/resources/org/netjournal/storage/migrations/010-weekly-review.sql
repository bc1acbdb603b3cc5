-- The weekly review (issue 17): one per week, a journal entry of its own kind. Uses only tables of versions 1 to 9
-- (its search view repeats version 8's).

CREATE TABLE weekly_review (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    week_start TEXT    NOT NULL UNIQUE CHECK (week_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note       TEXT    NOT NULL DEFAULT ''
) STRICT;

-- Who to greet next week, in the user's order (at most three, see WeeklyReview); a deleted contact leaves it.
CREATE TABLE weekly_review_greet (
    review_id  INTEGER NOT NULL REFERENCES weekly_review (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (review_id, contact_id)
) STRICT;

-- Reviews are searchable: kind 9 in the index (see version 4). The two views are made again as in version 8 with
-- the reviews added; the index rows of the other kinds stay as they are.
DROP VIEW search_document;
DROP VIEW search_source;

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
    SELECT 9, id, '', note FROM weekly_review WHERE note <> '';

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

CREATE TRIGGER search_review_insert AFTER INSERT ON weekly_review
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((9 << 40) + NEW.id);
END;

CREATE TRIGGER search_review_update AFTER UPDATE OF id, note ON weekly_review
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((9 << 40) + OLD.id), ((9 << 40) + NEW.id);
END;

CREATE TRIGGER search_review_delete AFTER DELETE ON weekly_review
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((9 << 40) + OLD.id);
END;
