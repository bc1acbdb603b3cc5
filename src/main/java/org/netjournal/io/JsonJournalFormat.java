package org.netjournal.io;

/**
 * NetJournal's own, lossless JSON format, written and read with Gson's streaming API (no reflection):
 *
 * <pre>
 * {
 *   "format": "netjournal",
 *   "version": 1,
 *   "exportedAt": "2026-11-29T13:00:00Z",
 *   "settings": { "language": "de", "theme": "dark", "week.start": "sunday", … },
 *   "steps": [ { "number": 1, "notes": "…", "markedDone": false, "updatedAt": "2026-…Z" | null,
 *                "checklist": [ { "id": 3, "builtinKey": "fill-profile" | null, "text": null | "my own item",
 *                                 "checked": true, "position": 0 } ] } ],
 *   "contacts": [
 *     { "id": 7, "firstName": "…", "lastName": "…", "company": "…", "role": "…", "email": "…",
 *       "howWeMet": "…", "stage": "connect", "cadence": "monthly" | "custom:10", "notes": "…",
 *       "source": "linkedin", "connectedOn": "2024-03-12" | null, "createdAt": "2024-03-12T09:00:00Z",
 *       "profiles": [ { "network": "linkedin", "url": "https://…" } ],
 *       "tags": [ "…" ],
 *       "middleName": "…", "namePrefix": "Dr.", "nameSuffix": "Jr.", "organisation": false,
 *       "emails": [ { "address": "…", "label": "work", "preferred": true } ],
 *       "phones": [ { "number": "+49 …", "label": "cell", "preferred": false } ],
 *       "interactions": [ { "id": 12, "date": "2024-03-14", "kind": "commented", "network": "linkedin" | null,
 *                           "note": "…", "sessionId": 3 } ] } ],
 *   "sessions": [ { "id": 3, "start": "2024-03-14T18:30", "durationMinutes": 20 | null,
 *                   "networks": [ "linkedin", "xing" ], "counts": { "comments": 1, "likes": 3 },
 *                   "countsByNetwork": { "linkedin": { "comments": 1 }, "xing": { "likes": 2 } },
 *                   "energyBefore": 2 | null, "energyAfter": 4 | null, "howItFelt": "…", "notes": "…",
 *                   "touched": [ { "contactId": 7, "kind": "commented" } ] } ],
 *   "goals": [ { "id": 1, "network": "linkedin" | null, "action": "posts", "target": 2, "since": "2024-03-11" } ],
 *   "drafts": [ { "id": 1, "network": "linkedin" | null, "title": "…", "text": "Hi {firstName}, …",
 *                 "starter": "request-colleague" (only while it is an untouched starter text) } ],
 *   "wins": [ { "id": 4, "date": "2024-03-14", "text": "…", "sessionId": 3 | null } ],
 *   "strategy": { "goal": "…", "byWhen": "2027-06-30" | null },
 *   "targets": [ { "contactId": 7, "group": "colleagues" | null } ],
 *   "interestingAccounts": [ { "id": 2, "name": "#introverts", "network": "linkedin" | null, "link": "…",
 *                              "why": "…" } ],
 *   "networks": [ { "id": 1, "network": "linkedin", "name": "" | "my own network's name" (network "other"),
 *                   "chosen": true, "why": "…", "profileLink": "linkedin.com/in/…" (as typed),
 *                   "reviewedOn": "2026-12-06" | null, "checked": [ "account", "photo", "two-factor" ] } ],
 *   "posts": [ { "id": 2, "status": "idea" | "draft" | "posted", "text": "…", "networks": [ "linkedin" ],
 *                "date": "2024-03-14" | null, "link": "https://…", "relatesToGoal": true, "sessionId": 3 | null } ],
 *   "stageChanges": [ { "contactId": 1, "date": "2026-12-06", "stage": "comment" } ]
 * }
 * </pre>
 *
 * Codes are those of the domain enums ({@code code()}), dates ISO-8601, a session's start its local wall-clock
 * time. A session's "counts" are its totals, "countsByNetwork" the part each network had, the rest (here: 1 like)
 * is not assigned to a network. Drafts, checklist items, profiles and tags are in the user's order; a session's win
 * is the entry of "wins" with its {@code sessionId}. "networks" are the user's own networks (steps 2 and 3), in the
 * user's order; contacts, sessions, goals, drafts and posts name networks by their codes. "stageChanges" are the
 * recorded moves on the comfort ladder (one per contact and day); a file without them (older versions) is restored
 * with the stages recorded from the day of the restore on.
 *
 * <p><b>One writer, two readings.</b> {@link JsonJournalWriter} writes both forms. {@link JsonContactReader} takes
 * the contacts only (with their interactions, without their sessions) for the import that merges into any
 * journal; it skips every other section, so a contacts-only file of an earlier release and a full export both
 * import there. {@link JsonRestoreReader} takes all of a full export (one with any section besides "contacts")
 * for the restore into an empty journal, with every id, and refuses the whole file on any value it cannot restore
 * as it was. Both share {@link JsonFieldReader}.
 *
 * <p>The sections were added without a new {@code version}: they are additive, and readers skip sections and
 * fields they do not know, so an earlier release still imports the contacts of a full export. A file with a
 * higher {@code version} is refused (it may mean something else).
 */
public final class JsonJournalFormat {

    public static final String FORMAT_NAME = "netjournal";
    public static final int VERSION = 1;

    private JsonJournalFormat() {
    }
}
