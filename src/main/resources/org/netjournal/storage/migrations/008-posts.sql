-- Counts per network, the post planner and sightseeing (issue 16). Uses only tables of versions 1 to 5.

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
