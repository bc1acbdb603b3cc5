package org.netjournal.ui;

import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.contacts.ContactsModel;
import org.netjournal.ui.journal.JournalModel;
import org.netjournal.ui.networks.MyNetworksModel;
import org.netjournal.ui.search.SearchModel;
import org.netjournal.ui.step.StepEditor;

/** What every page of the window may use: texts, the shared selection and the models. */
public record UiContext(Messages messages, Navigation navigation, StepEditor steps, ContactsModel contacts,
                        JournalModel journal, SaveStatus saveStatus, SearchModel search, MyNetworksModel networks) {
}
