package org.netjournal.ui;

import org.netjournal.i18n.Messages;
import org.netjournal.ui.common.SaveStatus;
import org.netjournal.ui.models.ContactsModel;
import org.netjournal.ui.models.JournalModels;
import org.netjournal.ui.models.MyNetworksModel;
import org.netjournal.ui.search.SearchModel;
import org.netjournal.ui.models.StepEditor;
import org.netjournal.ui.models.StrategyModel;
import org.netjournal.ui.models.UnsentLines;

/**
 * What every page of the window may use: texts, the shared selection and the models; {@code unsent} keeps the words
 * typed into "add" boxes until they are added.
 */
public record UiContext(Messages messages, Navigation navigation, StepEditor steps, ContactsModel contacts,
                        JournalModels journal, SaveStatus saveStatus, SearchModel search, StrategyModel strategy,
                        MyNetworksModel networks, UnsentLines unsent) {
}
