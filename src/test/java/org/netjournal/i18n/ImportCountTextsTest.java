package org.netjournal.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "1 duplicate skipped" / "2 duplicates skipped", and the counts of what was left out, in both languages. */
class ImportCountTextsTest {

    @Test
    void singularAndPluralInEnglishAndGerman() {
        Messages en = new Messages(Language.ENGLISH);
        Messages de = new Messages(Language.GERMAN);
        assertTrue(en.format("importDialog.done", 3, 0, 1, 0).contains(", 1 duplicate skipped,"));
        assertTrue(en.format("importDialog.done", 3, 0, 2, 0).contains(", 2 duplicates skipped,"));
        assertTrue(de.format("importDialog.done", 3, 0, 1, 0).contains(", 1 Duplikat übersprungen,"));
        assertTrue(de.format("importDialog.done", 3, 0, 2, 0).contains(", 2 Duplikate übersprungen,"));
        assertTrue(de.format("importDialog.done", 3, 0, 0, 0).contains(", kein Duplikat übersprungen,"));
        assertTrue(en.format("import.leftOut.photo", 1).equals("a photo"));
        assertTrue(en.format("import.leftOut.address", 3).equals("3 postal addresses"));
        assertTrue(de.format("import.leftOut.address", 1).equals("eine Postanschrift"));
        assertTrue(de.format("import.hiddenByLinkedIn", 1).startsWith("1 Kontakt ist von LinkedIn verborgen"));
        assertTrue(en.format("import.hiddenByLinkedIn", 2).startsWith("2 connections are hidden by LinkedIn"));
    }
}
