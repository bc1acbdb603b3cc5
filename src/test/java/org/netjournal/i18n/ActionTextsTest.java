package org.netjournal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netjournal.domain.ActionKind;

class ActionTextsTest {

    private static final ActionTexts EN = new ActionTexts(new Messages(Language.ENGLISH));
    private static final ActionTexts DE = new ActionTexts(new Messages(Language.GERMAN));

    @Test
    void everyActionHasItsOwnNameInBothLanguages() {
        for (ActionTexts texts : new ActionTexts[] {EN, DE}) {
            Set<String> names = EnumSet.allOf(ActionKind.class).stream().map(texts::name).collect(Collectors.toSet());
            assertEquals(ActionKind.values().length, names.size(), names.toString());
        }
        assertEquals("New connections", EN.name(ActionKind.NEW_CONNECTIONS));
        assertEquals("Beitr\u00e4ge", DE.name(ActionKind.POSTS));
    }

    @Test
    void countsSayNoneOneAndMany() {
        assertEquals("no posts", EN.count(ActionKind.POSTS, 0));
        assertEquals("1 comment", EN.count(ActionKind.COMMENTS, 1));
        assertEquals("1,200 likes", EN.count(ActionKind.LIKES, 1200));
        assertEquals("1 neuer Kontakt", DE.count(ActionKind.NEW_CONNECTIONS, 1));
        assertEquals("3 Nachrichten", DE.count(ActionKind.MESSAGES, 3));
    }
}
