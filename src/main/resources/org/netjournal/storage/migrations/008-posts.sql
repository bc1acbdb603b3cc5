-- Counts per network, the post planner and sightseeing (issue 16). Uses only tables of versions 1 to 5 (its search view repeats version 7's).

-- A session's counts belong to a network: network is a network code, or '' for counts not assigned to any
-- network (a NULL cannot be part of the primary key). Old data stays honest: a session that used exactly one
-- network gives its counts to that network; any other session keeps them as not assigned, which count only
-- for goals not tied to a network (the journal cannot know how "3 comments" were split between two networks).
CREATE TABLE session_count_by_network (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    network    TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    count      INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (session_id, network, action)
) STRICT;

INSERT INTO session_count_by_network (session_id, network, action, count)
    SELECT c.session_id,
           CASE WHEN (SELECT COUNT(*) FROM session_network n WHERE n.session_id = c.session_id) = 1
                THEN (SELECT n.network FROM session_network n WHERE n.session_id = c.session_id)
                ELSE '' END,
           c.action, c.count
    FROM session_count c;

DROP TABLE session_count;
ALTER TABLE session_count_by_network RENAME TO session_count;


-- The post planner (step 6): ideas, drafts and posted posts. A posted post with a date counts as one post on each
-- of its networks in its week (see Post); session_id links it to the session of that day, which lists it instead
-- of counting it again. A deleted session leaves its posts in the planner, unlinked.
CREATE TABLE post (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    status          TEXT    NOT NULL,
    text            TEXT    NOT NULL DEFAULT '',
    date            TEXT    CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    link            TEXT    NOT NULL DEFAULT '',
    relates_to_goal INTEGER NOT NULL DEFAULT 0 CHECK (relates_to_goal IN (0, 1)),
    session_id      INTEGER REFERENCES session (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX post_by_date ON post (date);
CREATE INDEX post_by_session ON post (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE post_network (
    post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    network TEXT    NOT NULL,
    PRIMARY KEY (post_id, network)
) STRICT;

-- Posts are searchable: kind 8 in the index (see version 4). The two views are made again as in version 7 with
-- the posts added; the index rows of the other kinds stay as they are.
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
    SELECT 8, id, '', concat_ws(char(10), text, link) FROM post;

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

CREATE TRIGGER search_post_insert AFTER INSERT ON post
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((8 << 40) + NEW.id);
END;

CREATE TRIGGER search_post_update AFTER UPDATE OF id, text, link ON post
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((8 << 40) + OLD.id), ((8 << 40) + NEW.id);
END;

CREATE TRIGGER search_post_delete AFTER DELETE ON post
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((8 << 40) + OLD.id);
END;
