package org.netjournal.domain;

import java.util.List;

/**
 * Removes control characters (NUL, escape, bell, form feed …) that files from other programs may hold: they
 * are invisible on screen, break terminal output, CSV cells and vCard lines, and SQLite would cut a C string at
 * NUL. A line break or tab stays in multi-line fields (notes, how we met); in single-line fields it becomes a
 * space. Imports (which tell the user) and the CSV and vCard exports (as the last guard) use this one rule; the
 * journal itself stores what it is given exactly, and the JSON export escapes such characters.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text without control characters; {@code multiLine} keeps line breaks and tabs. */
    public static String strip(String text, boolean multiLine) {
        if (text == null || text.chars().noneMatch(c -> isControl(c) || !multiLine && (c == '\n' || c == '\r'
                || c == '\t'))) {
            return text;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(multiLine ? c : ' ');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return multiLine ? out.toString() : out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
    }

    /** The contact with control characters removed from every text field; the same instance when it had none. */
    public static Contact strip(Contact c) {
        ContactDetails d = c.details();
        ContactDetails details = new ContactDetails(strip(d.middleName(), false), strip(d.namePrefix(), false),
                strip(d.nameSuffix(), false), d.organisation(), strip(d.emails()), strip(d.phones()));
        Contact clean = new Contact(c.id(), strip(c.firstName(), false), strip(c.lastName(), false),
                strip(c.company(), false), strip(c.role(), false),
                c.profiles().stream().map(p -> new ProfileLink(p.network(), strip(p.url(), false))).toList(),
                strip(c.email(), false), strip(c.howWeMet(), true),
                c.tags().stream().map(tag -> strip(tag, false)).toList(), c.stage(), c.cadence(),
                strip(c.notes(), true), c.source(), c.connectedOn(), c.createdAt(), details);
        return clean.equals(c) ? c : clean;
    }

    private static List<ContactChannel> strip(List<ContactChannel> channels) {
        return channels.stream().map(ch -> new ContactChannel(strip(ch.value(), false), strip(ch.label(), false),
                ch.preferred())).toList();
    }
}
