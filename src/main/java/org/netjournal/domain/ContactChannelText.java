package org.netjournal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * E-mail addresses or phone numbers as lines of text, one per line, for a spreadsheet cell and the contact form:
 * {@code work: jane@example.com (preferred)}. The label comes before ": ", the preferred mark after the value;
 * both are optional. Neither an address nor a number holds ": " or a line break, so the text reads back as
 * written. {@code preferredWord} is the word for "preferred" (the CSV export writes English, the form the UI's
 * language).
 */
public final class ContactChannelText {

    private ContactChannelText() {
    }

    public static String format(List<ContactChannel> channels, String preferredWord) {
        return channels.stream().map(channel -> line(channel, preferredWord)).collect(Collectors.joining("\n"));
    }

    private static String line(ContactChannel channel, String preferredWord) {
        String label = channel.label().replace(':', ' ').replace('\n', ' ').strip();
        return (label.isEmpty() ? "" : label + ": ") + channel.value()
                + (channel.preferred() ? " (" + preferredWord + ")" : "");
    }

    /** The lines of {@code text} as channels; blank lines are skipped. */
    public static List<ContactChannel> parse(String text, String preferredWord) {
        List<ContactChannel> channels = new ArrayList<>();
        for (String raw : text == null ? new String[0] : text.split("\r\n|\r|\n")) {
            String line = raw.strip();
            boolean preferred = false;
            String mark = "(" + preferredWord + ")";
            if (line.regionMatches(true, Math.max(0, line.length() - mark.length()), mark, 0, mark.length())
                    && line.length() > mark.length()) {
                preferred = true;
                line = line.substring(0, line.length() - mark.length()).strip();
            }
            int colon = line.indexOf(": ");
            String label = colon < 0 ? "" : line.substring(0, colon);
            String value = colon < 0 ? line : line.substring(colon + 2);
            if (!value.isBlank()) {
                channels.add(new ContactChannel(value, label, preferred));
            }
        }
        return channels;
    }
}
