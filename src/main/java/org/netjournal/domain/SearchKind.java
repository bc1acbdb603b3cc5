package org.netjournal.domain;

/** What a search hit is. The order is the order of the result groups. */
public enum SearchKind {
    STEP, CONTACT, INTERACTION, SESSION, DRAFT, WIN, NETWORK, POST, REVIEW
}
