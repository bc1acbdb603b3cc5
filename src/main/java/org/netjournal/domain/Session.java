package org.netjournal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One journal entry: a networking session. {@code id} is 0 before saving. Only {@code start} is required.
 *
 * <p><b>Time.</b> {@code start} is the local wall-clock time as the user entered it (minute precision), with no
 * zone or offset. Weeks are calendar weeks of the user's own calendar, so a session belongs to the week of its
 * local date ({@link Week#of(LocalDateTime, java.time.DayOfWeek)}), whatever daylight-saving or travel did to
 * the offset: a session at 02:30 on a spring-forward night (a wall time that "does not exist") is simply kept
 * as typed, and a week always has seven calendar days. Storing an instant instead would make the week of an old
 * session change when the computer's zone changes.
 *
 * <p>Normalised on construction: {@code start} truncated to minutes; {@code networks} an unmodifiable set in
 * {@link Network} order; {@code counts} belong to the networks used ({@link SessionCounts#usedOn}: with exactly
 * one network every count is that network's; counts on a network not used become "not assigned");
 * {@code touched} without duplicate contacts (first wins); texts
 * never null; a blank {@code win} becomes null.
 *
 * @param durationMinutes null when not entered, else 0 or more
 * @param energyBefore    null or 1..5
 * @param energyAfter     null or 1..5
 * @param win             an optional "win" (a short note of something that felt good), null when none
 * @param touched         contacts touched, each becoming an interaction on that contact when saved
 */
public record Session(long id, LocalDateTime start, Integer durationMinutes, Set<Network> networks,
                      SessionCounts counts, Integer energyBefore, Integer energyAfter, String howItFelt,
                      String notes, String win, List<TouchedContact> touched) {

    public static final int MIN_ENERGY = 1;
    public static final int MAX_ENERGY = 5;

    public Session {
        Objects.requireNonNull(start, "A session needs a start time");
        start = start.truncatedTo(ChronoUnit.MINUTES);
        if (start.getYear() < 1 || start.getYear() > 9999) {
            throw new IllegalArgumentException("The start year must be 1 to 9999: " + start);
        }
        if (durationMinutes != null && durationMinutes < 0) {
            throw new IllegalArgumentException("The duration cannot be negative: " + durationMinutes);
        }
        checkEnergy("before", energyBefore);
        checkEnergy("after", energyAfter);
        networks = networks == null || networks.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(networks));
        counts = Objects.requireNonNullElse(counts, SessionCounts.NONE).usedOn(networks);
        howItFelt = Objects.requireNonNullElse(howItFelt, "");
        notes = Objects.requireNonNullElse(notes, "");
        win = win == null || win.isBlank() ? null : win.strip();
        Map<Long, TouchedContact> unique = new LinkedHashMap<>();
        if (touched != null) {
            for (TouchedContact contact : touched) {
                unique.putIfAbsent(Objects.requireNonNull(contact).contactId(), contact);
            }
        }
        touched = List.copyOf(unique.values());
    }

    private static void checkEnergy(String which, Integer energy) {
        if (energy != null && (energy < MIN_ENERGY || energy > MAX_ENERGY)) {
            throw new IllegalArgumentException("Energy " + which + " must be 1 to 5 or empty: " + energy);
        }
    }

    /** A new, unsaved session with only a start time. */
    public static Session startingAt(LocalDateTime start) {
        return new Session(0, start, null, Set.of(), SessionCounts.NONE, null, null, "", "", null, List.of());
    }

    /** The count of {@code kind} over all networks, 0 when none was entered. */
    public int count(ActionKind kind) {
        return counts.total(kind);
    }

    /** The count of {@code kind} on {@code network} (null: the count not assigned to a network). */
    public int count(Network network, ActionKind kind) {
        return counts.on(network, kind);
    }

    /** Sum of all counts. */
    public int totalCount() {
        return counts.totals().values().stream().mapToInt(Integer::intValue).sum();
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public List<Long> contactIds() {
        return touched.stream().map(TouchedContact::contactId).toList();
    }

    /** The network an interaction logged from this session is on: the only network used, else none. */
    public Network interactionNetwork() {
        return networks.size() == 1 ? networks.iterator().next() : null;
    }

    public Session withId(long newId) {
        return new Session(newId, start, durationMinutes, networks, counts, energyBefore, energyAfter, howItFelt,
                notes, win, touched);
    }

    public Session withStart(LocalDateTime newStart) {
        return new Session(id, newStart, durationMinutes, networks, counts, energyBefore, energyAfter, howItFelt,
                notes, win, touched);
    }

    public Session withNetworks(Set<Network> newNetworks) {
        return new Session(id, start, durationMinutes, newNetworks, counts, energyBefore, energyAfter, howItFelt,
                notes, win, touched);
    }

    /** A copy whose counts are {@code newCounts}, not assigned (so the network's when exactly one was used). */
    public Session withCounts(Map<ActionKind, Integer> newCounts) {
        return withCounts(SessionCounts.unassigned(newCounts));
    }

    public Session withCounts(SessionCounts newCounts) {
        return new Session(id, start, durationMinutes, networks, newCounts, energyBefore, energyAfter, howItFelt,
                notes, win, touched);
    }

    /**
     * A copy with {@code kind} set to {@code value} when the session used one network or none (that network's
     * count, or the not-assigned one); with several networks the not-assigned count is set.
     */
    public Session withCount(ActionKind kind, int value) {
        return withCount(networks.size() == 1 ? networks.iterator().next() : null, kind, value);
    }

    /** A copy with the count of {@code kind} on {@code network} (null: not assigned) set to {@code value}. */
    public Session withCount(Network network, ActionKind kind, int value) {
        return withCounts(counts.with(network, kind, value));
    }

    public Session withEnergy(Integer before, Integer after) {
        return new Session(id, start, durationMinutes, networks, counts, before, after, howItFelt, notes, win,
                touched);
    }

    public Session withTexts(String newHowItFelt, String newNotes, String newWin) {
        return new Session(id, start, durationMinutes, networks, counts, energyBefore, energyAfter, newHowItFelt,
                newNotes, newWin, touched);
    }

    public Session withTouched(List<TouchedContact> newTouched) {
        return new Session(id, start, durationMinutes, networks, counts, energyBefore, energyAfter, howItFelt,
                notes, win, newTouched);
    }

    public Session withDuration(Integer minutes) {
        return new Session(id, start, minutes, networks, counts, energyBefore, energyAfter, howItFelt, notes, win,
                touched);
    }
}
