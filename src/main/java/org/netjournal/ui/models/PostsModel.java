package org.netjournal.ui.models;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.netjournal.domain.Post;
import org.netjournal.domain.PostStatus;
import org.netjournal.storage.PostRepository;
import org.netjournal.tasks.Tasks;
import org.netjournal.ui.common.Autosave;

/**
 * The post planner's posts for the window: loaded and written on the storage thread, the list (shared with the
 * goal tracker, so posted posts move the goals) updated on the FX thread. A post's typed text goes through the
 * autosave, like a draft's.
 */
public final class PostsModel {

    private final PostRepository posts;
    private final ObservableList<Post> list;
    private final ModelWrites writes;
    private final Autosave autosave;

    /** @param list the list to keep the posts in (the journal's, which its goal tracker follows) */
    PostsModel(PostRepository posts, ObservableList<Post> list, ModelWrites writes, Autosave autosave) {
        this.posts = posts;
        this.list = list;
        this.writes = writes;
        this.autosave = autosave;
    }

    public void reload() {
        Tasks.create(posts::list).onSuccess(list::setAll).runOn(writes.runner());
    }

    public ObservableList<Post> posts() {
        return list;
    }

    /** The posts marked posted on {@code day} that no other session than {@code sessionId} lists yet. */
    public List<Post> postedOn(LocalDate day, long sessionId) {
        return list.stream().filter(post -> post.status() == PostStatus.POSTED && day.equals(post.date())
                && (post.sessionId() == null || post.sessionId() == sessionId)).toList();
    }

    /** Saves a new or changed post at once (a choice: status, networks, date, link, "relates to my goal"). */
    public void save(Post post, Consumer<Post> onSaved) {
        writes.write(() -> posts.save(post), saved -> {
            put(saved);
            onSaved.accept(saved);
        }, error -> { });
    }

    /** The autosave key of a post's typed text. */
    private record PostText(long postId) {
    }

    /** The post's text (and link) as typed, written by the autosave (debounced, with a maximum wait). */
    public void edited(Post post, Consumer<Post> onSaved) {
        autosave.edited(new PostText(post.id()), () -> posts.save(post), saved -> {
            put(saved);
            onSaved.accept(saved);
        });
    }

    /** Writes what is typed now (leaving a post). */
    public void flushEdits() {
        autosave.flush();
    }

    /** Deletes the post; {@code onDeleted} gets it as it was stored, to give it back with {@link #undelete}. */
    public void delete(long postId, Consumer<Post> onDeleted) {
        autosave.forget(new PostText(postId));
        writes.write(() -> posts.delete(postId), deleted -> {
            list.removeIf(post -> post.id() == postId);
            deleted.ifPresent(onDeleted);
        }, error -> { });
    }

    /**
     * Gives back a deleted post under its old id; it loses its session when that was deleted meanwhile (the
     * session's own counts are gone with it).
     */
    public void undelete(Post deleted, Consumer<Post> onSaved) {
        save(deleted, onSaved);
    }

    /** Links the posts to the session they were posted in: it lists them instead of counting them again. */
    public void linkToSession(List<Long> postIds, long sessionId) {
        if (postIds.isEmpty()) {
            return;
        }
        writes.write(() -> posts.linkToSession(postIds, sessionId), linked -> linked.forEach(this::put), error -> { });
    }

    private void put(Post saved) {
        if (!ModelWrites.replaceIfPresent(list, saved, Post::id)) {
            list.add(saved);
        }
    }
}
