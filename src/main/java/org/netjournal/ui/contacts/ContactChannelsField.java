package org.netjournal.ui.contacts;

import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import org.netjournal.domain.Contact;
import org.netjournal.domain.ContactChannel;
import org.netjournal.domain.ContactChannelText;
import org.netjournal.domain.ContactDetails;
import org.netjournal.domain.ContactValidation;
import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.TabTraversal;

/**
 * The contact form's rows for every e-mail address besides the main one and every phone number, one per line
 * as {@link ContactChannelText} writes them ("work: +49 30 1234 (preferred)"), so nothing an address book file
 * brought in is hidden. Kept apart from {@link ContactForm}, which only adds the rows, shows a contact and asks
 * for the {@link ContactDetails} to save.
 */
final class ContactChannelsField {

    private final Messages messages;
    private final TextArea otherEmails = new TextArea();
    private final TextArea phones = new TextArea();
    private final Label problem = new Label();
    private String shownPrimary = "";
    private ContactChannel primaryChannel = ContactChannel.of("");

    /**
     * @param changed   called on every edit (the form's autosave)
     * @param focusLost called when one of the fields loses the focus (the form saves at once)
     */
    ContactChannelsField(Messages messages, Runnable changed, Runnable focusLost) {
        this.messages = messages;
        otherEmails.setId("otherEmails");
        phones.setId("phones");
        for (TextArea area : List.of(otherEmails, phones)) {
            area.setPrefRowCount(2);
            area.setWrapText(true);
            TabTraversal.install(area);
            area.textProperty().addListener((obs, old, now) -> {
                updateProblem();
                changed.run();
            });
            area.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    focusLost.run();
                }
            });
        }
        otherEmails.setPromptText(messages.get("contact.otherEmailsPrompt"));
        phones.setPromptText(messages.get("contact.phonesPrompt"));
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        problem.setId("channelsProblem");
    }

    /** Adds the rows to the form's grid from {@code row} on; returns the next free row. */
    int addRows(GridPane grid, int row) {
        grid.addRow(row, label("contact.otherEmails", otherEmails), new VBox(4, otherEmails,
                problem));
        grid.addRow(row + 1, label("contact.phones", phones), phones);
        return row + 2;
    }

    private Label label(String key, TextArea field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    /** Shows the contact's addresses besides {@link Contact#email()} and its phone numbers. */
    void show(Contact contact) {
        shownPrimary = contact.email();
        primaryChannel = contact.details().emails().stream()
                .filter(channel -> channel.value().equalsIgnoreCase(contact.email())).findFirst()
                .orElse(ContactChannel.of(contact.email()));
        List<ContactChannel> others = contact.details().emails().stream()
                .filter(channel -> !channel.value().equalsIgnoreCase(contact.email())).toList();
        otherEmails.setText(ContactChannelText.format(others, preferredWord()));
        phones.setText(ContactChannelText.format(contact.details().phones(), preferredWord()));
    }

    /**
     * {@code base} (name parts, organisation mark) with the addresses as edited: {@code mainEmail} first (keeping
     * its label and preferred mark while it is the address that was shown), then the other lines.
     */
    ContactDetails details(ContactDetails base, String mainEmail) {
        List<ContactChannel> emails = new ArrayList<>();
        String main = mainEmail.strip();
        if (!main.isEmpty()) {
            emails.add(main.equalsIgnoreCase(shownPrimary)
                    ? new ContactChannel(main, primaryChannel.label(), primaryChannel.preferred())
                    : ContactChannel.of(main));
        }
        emails.addAll(ContactChannelText.parse(otherEmails.getText(), preferredWord()));
        return base.withChannels(emails, ContactChannelText.parse(phones.getText(), preferredWord()));
    }

    /** The first line that is no e-mail address, as a message for the form; empty when all are fine. */
    Optional<String> problem() {
        for (ContactChannel channel : ContactChannelText.parse(otherEmails.getText(), preferredWord())) {
            if (ContactValidation.checkEmail(channel.value()).isPresent()) {
                return Optional.of(messages.format("contact.otherEmailInvalid", channel.value()));
            }
        }
        return Optional.empty();
    }

    private void updateProblem() {
        Optional<String> text = problem();
        problem.setText(text.orElse(""));
        problem.setVisible(text.isPresent());
    }

    private String preferredWord() {
        return messages.get("contact.preferred");
    }
}
