package org.netjournal.i18n;

import org.netjournal.domain.ActionKind;

/**
 * The one place that names the five actions people count ("Posts", "3 comments"), for the journal, the goals, the
 * home page, the steps and the Markdown export alike.
 */
public final class ActionTexts {

    private final Messages messages;

    public ActionTexts(Messages messages) {
        this.messages = messages;
    }

    /** "Posts", "New connections" … */
    public String name(ActionKind kind) {
        return switch (kind) {
            case POSTS -> messages.get("action.posts");
            case COMMENTS -> messages.get("action.comments");
            case LIKES -> messages.get("action.likes");
            case NEW_CONNECTIONS -> messages.get("action.newConnections");
            case MESSAGES -> messages.get("action.messages");
            case LOOKED_AROUND -> messages.get("sightseeing.action");
        };
    }

    /** "1 post", "3 comments", "no likes". */
    public String count(ActionKind kind, int count) {
        return switch (kind) {
            case POSTS -> messages.format("action.count.posts", count);
            case COMMENTS -> messages.format("action.count.comments", count);
            case LIKES -> messages.format("action.count.likes", count);
            case NEW_CONNECTIONS -> messages.format("action.count.newConnections", count);
            case MESSAGES -> messages.format("action.count.messages", count);
            case LOOKED_AROUND -> messages.format("sightseeing.count", count);
        };
    }
}
