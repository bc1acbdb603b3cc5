package org.netjournal.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A post in the planner (step 6): an idea, a draft or posted, on one or more networks. {@code id} is 0 before
 * saving.
 *
 * <p><b>Counting.</b> A posted post with a date counts as one post on each of its networks in the week of its
 * date (a post without a network counts for goals on any network only). A session logs the posts it made on its
 * own; the posts marked posted on the session's day are linked to it ({@code sessionId}) and listed with it
 * rather than typed into its counts again, so nothing is counted twice.
 *
 * <p>Normalised on construction: texts never null and stripped of surrounding blanks (the link is repaired as a
 * profile link is: {@code example.com/x} becomes {@code https://example.com/x}; a link that cannot be one is kept
 * as typed, never lost); {@code networks} an unmodifiable set in {@link Network} order.
 *
 * @param date      the day it was (or is planned to be) posted; null when not set
 * @param sessionId the session it was posted in, null when none
 */
public record Post(long id, PostStatus status, String text, Set<Network> networks, LocalDate date, String link,
                   boolean relatesToGoal, Long sessionId) {

    public Post {
        status = Objects.requireNonNullElse(status, PostStatus.IDEA);
        text = Objects.requireNonNullElse(text, "");
        networks = networks == null || networks.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(networks));
        link = repairedLink(link);
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new IllegalArgumentException("The year must be 1 to 9999: " + date);
        }
    }

    /** A new idea with {@code text}. */
    public static Post idea(String text) {
        return new Post(0, PostStatus.IDEA, text, Set.of(), null, "", false, null);
    }

    /** {@code typed} with https:// added where it is obviously missing; as typed when it cannot be a link. */
    public static String repairedLink(String typed) {
        String link = Objects.requireNonNullElse(typed, "").strip();
        if (link.isEmpty()) {
            return "";
        }
        return ContactValidation.profileUrl(link).orElse(link);
    }

    /** Whether it counts towards posting goals in {@code week}: posted, dated in that week. */
    public boolean postedIn(Week week) {
        return status == PostStatus.POSTED && date != null && week.contains(date);
    }

    /** What it adds to a posts goal on {@code network} (null: any network): 1 per network it went out on. */
    public int countsOn(Network network) {
        if (network == null) {
            return Math.max(1, networks.size());
        }
        return networks.contains(network) ? 1 : 0;
    }

    /** A short title for lists: the first line of the text. */
    public String title() {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip();
    }

    public Post withId(long newId) {
        return new Post(newId, status, text, networks, date, link, relatesToGoal, sessionId);
    }

    public Post withStatus(PostStatus newStatus) {
        return new Post(id, newStatus, text, networks, date, link, relatesToGoal, sessionId);
    }

    public Post withText(String newText) {
        return new Post(id, status, newText, networks, date, link, relatesToGoal, sessionId);
    }

    public Post withNetworks(Set<Network> newNetworks) {
        return new Post(id, status, text, newNetworks, date, link, relatesToGoal, sessionId);
    }

    public Post withDate(LocalDate newDate) {
        return new Post(id, status, text, networks, newDate, link, relatesToGoal, sessionId);
    }

    public Post withLink(String newLink) {
        return new Post(id, status, text, networks, date, newLink, relatesToGoal, sessionId);
    }

    public Post withRelatesToGoal(boolean relates) {
        return new Post(id, status, text, networks, date, link, relates, sessionId);
    }

    public Post withSessionId(Long newSessionId) {
        return new Post(id, status, text, networks, date, link, relatesToGoal, newSessionId);
    }
}
