-- Version 7: my networks (issue 16, steps 2 and 3). The networks the user picked from the catalogue, each with
-- why, and networks of their own (network 'other' with a name). A row stays when the network is no longer chosen
-- (chosen = 0), so choosing it again brings its words back. Per network: the user's profile link as typed, the
-- ticked items of its profile and privacy checklists (NetworkCheck codes), and the day of the last privacy review.

CREATE TABLE my_network (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    network      TEXT    NOT NULL,
    custom_name  TEXT    NOT NULL DEFAULT '',
    chosen       INTEGER NOT NULL DEFAULT 1 CHECK (chosen IN (0, 1)),
    why          TEXT    NOT NULL DEFAULT '',
    profile_link TEXT    NOT NULL DEFAULT '',
    reviewed_on  TEXT    CHECK (reviewed_on IS NULL
                                OR reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    position     INTEGER NOT NULL,
    CHECK ((network = 'other') = (custom_name <> ''))
) STRICT;

-- A built-in network is in the list once; networks of the user's own may be many.
CREATE UNIQUE INDEX my_network_builtin ON my_network (network) WHERE network <> 'other';

CREATE TABLE my_network_check (
    my_network_id INTEGER NOT NULL REFERENCES my_network (id) ON DELETE CASCADE,
    item          TEXT    NOT NULL,
    PRIMARY KEY (my_network_id, item)
) STRICT;

-- A journal from before knows its networks only by the names it uses: every network its sessions, goals,
-- drafts, contacts' profile links and interactions name becomes a chosen network (without a why: the user
-- writes that on step 2). 'other' says nothing about which network it was, so it is left out. Order: how often
-- the journal names it, then the catalogue's order.
INSERT INTO my_network (network, position)
    SELECT network, row_number() OVER (ORDER BY count(*) DESC,
               instr('linkedin xing facebook instagram x pinterest mastodon bluesky threads youtube tiktok ',
                     network || ' ')) - 1
    FROM (SELECT network FROM session_network
          UNION ALL SELECT network FROM weekly_goal WHERE network IS NOT NULL
          UNION ALL SELECT network FROM draft WHERE network IS NOT NULL
          UNION ALL SELECT network FROM contact_profile
          UNION ALL SELECT network FROM interaction WHERE network IS NOT NULL)
    WHERE network IN ('linkedin', 'xing', 'facebook', 'instagram', 'x', 'pinterest', 'mastodon', 'bluesky',
                      'threads', 'youtube', 'tiktok')
    GROUP BY network;

-- Search: kind 7 is a network of mine, found by its name, why and profile link. search_document reads
-- search_source, so both are recreated (search_document exactly as in version 4; the rest of search_source as
-- in version 6).
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
    FROM my_network WHERE why <> '' OR profile_link <> '' OR network = 'other';

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

CREATE TRIGGER search_my_network_insert AFTER INSERT ON my_network
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((7 << 40) + NEW.id);
END;

CREATE TRIGGER search_my_network_update AFTER UPDATE OF network, custom_name, why, profile_link ON my_network
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((7 << 40) + OLD.id), ((7 << 40) + NEW.id);
END;

CREATE TRIGGER search_my_network_delete AFTER DELETE ON my_network
BEGIN
    INSERT OR IGNORE INTO search_stale (key) VALUES ((7 << 40) + OLD.id);
END;

-- The networks chosen above have neither why nor link yet: nothing of them to index (other keys noted as stale
-- before the upgrade stay, to be indexed as usual).
DELETE FROM search_stale WHERE key >> 40 = 7;
