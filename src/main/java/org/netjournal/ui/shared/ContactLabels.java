package org.netjournal.ui.shared;

import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.netjournal.domain.Cadence;
import org.netjournal.domain.ComfortStage;
import org.netjournal.domain.InteractionKind;
import org.netjournal.domain.Network;
import org.netjournal.i18n.Messages;
import org.netjournal.i18n.DateTimeTexts;

/** Localised names of the contact enums and dates, shared by the table, the form and step 5. */
public final class ContactLabels {

    private final Messages messages;
    private final DateTimeTexts dates;

    public ContactLabels(Messages messages) {
        this.messages = messages;
        this.dates = new DateTimeTexts(messages);
    }

    public Messages messages() {
        return messages;
    }

    /** What names a contact in lists and questions: the name, else the company, else the e-mail address. */
    public static String nameOf(String fullName, String company, String email) {
        return !fullName.isBlank() ? fullName : !company.isBlank() ? company.strip() : email.strip();
    }

    public String stage(ComfortStage stage) {
        return stage == null ? messages.get("contacts.allStages") : messages.get("stage." + stage.code());
    }

    public String kind(InteractionKind kind) {
        return kind == null ? "" : messages.get("interaction." + kind.code());
    }

    public String network(Network network) {
        return network == null ? "\u2014" : messages.get("network." + network.code());
    }

    public String networks(Collection<Network> networks) {
        return networks.stream().map(this::network).collect(Collectors.joining(", "));
    }

    public String cadence(Cadence.Kind kind) {
        return kind == null ? "" : messages.get("cadence." + kind.code());
    }

    public String date(LocalDate date) {
        return dates.date(date);
    }

    /** "in 3 days", "today", "5 days overdue". */
    public String dueText(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return messages.get("contacts.dueToday");
        }
        return days > 0 ? messages.format("contacts.dueIn", days) : messages.format("contacts.overdue", -days);
    }
}
