package org.netjournal.ui;

import java.util.function.Supplier;
import org.netjournal.ui.journal.JournalPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.ui.contacts.ContactsPage;
import org.netjournal.ui.drafts.DraftsPage;
import org.netjournal.ui.goals.GoalsPage;
import org.netjournal.ui.home.HomePage;
import org.netjournal.ui.navigator.AreaEntry;

/**
 * The working areas of the window, in navigator order: each with its navigator entry, the kind of
 * {@link Destination} it shows and how its page is built. Adding an area is one registration here.
 */
final class AreaPages {

    /** One area: {@code top} areas stand above the steps (the home page), the others below them. */
    record Registration(boolean top, AreaEntry entry, Class<? extends Destination> shows,
                        Function<UiContext, AreaPage> factory) {
    }

    private AreaPages() {
    }

    /** {@code contactsPage} builds the contacts page, which the two contacts entries (all, due) share. */
    static List<Registration> all(UiContext context, Supplier<ContactsPage> contactsPage) {
        List<Registration> areas = new ArrayList<>();
        areas.add(new Registration(true,
                new AreaEntry("home.navigator", Material2OutlinedMZ.WB_SUNNY, new Destination.Home()),
                Destination.Home.class, HomePage::new));
        areas.add(new Registration(false,
                new AreaEntry("journal.navigator", Material2OutlinedAL.BOOK, new Destination.Journal()),
                Destination.Journal.class, JournalPage::new));
        areas.add(new Registration(false,
                new AreaEntry("navigator.contacts", Material2OutlinedAL.CONTACTS, new Destination.Contacts(false)),
                Destination.Contacts.class, ctx -> contactsPage.get()));
        areas.add(new Registration(false,
                new AreaEntry("navigator.due", Material2OutlinedMZ.SCHEDULE, new Destination.Contacts(true),
                        context.contacts().dueCountProperty()),
                Destination.Contacts.class, ctx -> contactsPage.get()));
        areas.add(new Registration(false,
                new AreaEntry("goals.navigator", Material2OutlinedAL.FLAG, new Destination.Goals()),
                Destination.Goals.class, GoalsPage::new));
        areas.add(new Registration(false, // drafts stay the last of the lower areas
                new AreaEntry("drafts.navigator", Material2OutlinedMZ.TEXT_SNIPPET, new Destination.Drafts()),
                Destination.Drafts.class, DraftsPage::new));
        return areas;
    }
}
