package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netjournal.domain.Network;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.domain.SearchKind;
import org.netjournal.domain.Session;

/** The post planner's posts on a real file: stored as entered, found by search, linked to a session. */
class PostRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void aPostIsStoredAsEnteredSearchableAndLinkedToItsSession() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("j")))) {
            PostRepository posts = new PostRepository(db);
            Post saved = posts.save(Post.idea("Was ich auf dem Barcamp über Öffentlichkeit gelernt habe")
                    .withNetworks(Set.of(Network.XING, Network.LINKEDIN)).withLink("linkedin.com/posts/abc")
                    .withRelatesToGoal(true));
            assertTrue(saved.id() > 0);
            assertEquals("https://linkedin.com/posts/abc", saved.link(), "a link without https:// is repaired");
            assertEquals(List.of(saved), posts.list());

            Post posted = posts.save(saved.withStatus(PostStatus.POSTED).withDate(LocalDate.of(2026, 11, 24))
                    .withNetworks(Set.of(Network.LINKEDIN)));
            assertEquals(posted, posts.find(saved.id()).orElseThrow());
            assertEquals(1, posts.list().size(), "saved again, not twice");

            var hits = new SearchRepository(db).search("oeffentlichkeit", 5).groups();
            assertEquals(SearchKind.POST, hits.get(0).hits().get(0).kind());
            assertEquals(saved.id(), hits.get(0).hits().get(0).id());

            SessionRepository sessions = new SessionRepository(db);
            Session session = sessions.save(Session.startingAt(LocalDateTime.of(2026, 11, 24, 18, 0)));
            assertEquals(List.of(posted.withSessionId(session.id())),
                    posts.linkToSession(List.of(posted.id()), session.id()));
            sessions.delete(session.id());
            assertNull(posts.find(posted.id()).orElseThrow().sessionId(), "the post stays, unlinked");

            posts.delete(posted.id());
            assertEquals(List.of(), posts.list());
            assertEquals(0, new SearchRepository(db).search("barcamp", 5).groups().stream()
                    .mapToInt(group -> group.hits().size()).sum());
        }
    }

    @Test
    void aDeletedPostGivenBackKeepsItsIdAndLosesASessionDeletedMeanwhile() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(new DataFolder(temp.resolve("undo")))) {
            PostRepository posts = new PostRepository(db);
            SessionRepository sessions = new SessionRepository(db);
            Session session = sessions.save(Session.startingAt(LocalDateTime.of(2026, 11, 24, 18, 0)));
            Post saved = posts.save(Post.idea("Thanks").withStatus(PostStatus.POSTED)
                    .withDate(LocalDate.of(2026, 11, 24)).withNetworks(Set.of(Network.XING)));
            Post linked = posts.linkToSession(List.of(saved.id()), session.id()).get(0);

            Post deleted = posts.delete(linked.id()).orElseThrow();
            assertEquals(linked, posts.save(deleted), "given back as it was");
            assertEquals(List.of(linked), posts.list());

            posts.delete(linked.id());
            sessions.delete(session.id());
            assertEquals(linked.withSessionId(null), posts.save(deleted), "as stored");
            assertNull(posts.find(linked.id()).orElseThrow().sessionId(), "its session is gone: unlinked");
        }
    }
}
