package org.netjournal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Who is due a follow-up ({@link ContactRules#isDue}), as the home page and the navigator show it without
 * loading every contact: how many contacts there are, how many are due, and the first few of those, most
 * overdue first ({@link ContactSummary#BY_NEXT_DUE}).
 */
public record DueContacts(int contacts, int due, List<ContactSummary> first) {

    public static final DueContacts NONE = new DueContacts(0, 0, List.of());

    public DueContacts {
        first = List.copyOf(first);
    }

    /** Who of {@code contacts} is due on {@code today}, the first {@code limit} in full (no sort of them all). */
    public static DueContacts of(Collection<ContactSummary> contacts, LocalDate today, int limit) {
        PriorityQueue<ContactSummary> latestFirst = new PriorityQueue<>(ContactSummary.BY_NEXT_DUE.reversed());
        int due = 0;
        for (ContactSummary contact : contacts) {
            if (contact.isDue(today)) {
                due++;
                latestFirst.add(contact);
                if (latestFirst.size() > limit) {
                    latestFirst.poll();
                }
            }
        }
        List<ContactSummary> first = new ArrayList<>(latestFirst);
        first.sort(ContactSummary.BY_NEXT_DUE);
        return new DueContacts(contacts.size(), due, first);
    }
}
