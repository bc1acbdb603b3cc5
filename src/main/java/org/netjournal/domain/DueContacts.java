package org.netjournal.domain;

import java.util.List;

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
}
