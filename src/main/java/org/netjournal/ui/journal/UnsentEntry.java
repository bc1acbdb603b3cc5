package org.netjournal.ui.journal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netjournal.domain.TouchedContact;

/**
 * A new session entry as typed and not saved yet, field by field and exactly as typed (also what is not valid
 * yet), so that it can be put back into the entry after Esc, a close or a crash. Stored as JSON in the journal's
 * settings ({@link org.netjournal.ui.models.SessionsModel#unsentSession()}).
 */
record UnsentEntry(String date, String time, String duration, List<String> networks, Map<String, String> counts,
                   Integer energyBefore, Integer energyAfter, String howItFelt, String notes, String win,
                   List<TouchedContact> touched) {

    private static final Gson GSON = new Gson();

    String toJson() {
        return GSON.toJson(this);
    }

    /** The entry in {@code json}; empty when it cannot be read (then it is not offered, and nothing breaks). */
    static Optional<UnsentEntry> fromJson(String json) {
        try {
            UnsentEntry entry = GSON.fromJson(json, UnsentEntry.class);
            return Optional.ofNullable(entry).filter(read -> read.networks() != null && read.counts() != null
                    && read.touched() != null);
        } catch (JsonParseException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
