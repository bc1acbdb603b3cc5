package org.netjournal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.netjournal.storage.FirstStart;
import org.netjournal.storage.JournalDatabase;
import org.netjournal.storage.SettingsRepository;

/**
 * Writes a decade-sized journal into a data folder for the big-journal start-up benchmark (bench/startup.sh
 * --big): {@link ContactsScaleBenchmark}'s seeded data set (by default 50,000 contacts, 200,000 interactions,
 * with the full-text search index), the welcome marked as seen, like a journal used for years.
 *
 * <pre>BigJournal DATA-FOLDER [CONTACTS [INTERACTIONS]]</pre>
 */
public final class BigJournal {

    private BigJournal() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BigJournal DATA-FOLDER [CONTACTS [INTERACTIONS]]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        if (Files.exists(folder.resolve("netjournal.db"))) {
            System.err.println("BigJournal: " + folder + " already holds a journal; not touched");
            System.exit(1);
        }
        int contacts = args.length > 1 ? Integer.parseInt(args[1]) : ContactsScaleBenchmark.CONTACTS;
        int interactions = args.length > 2 ? Integer.parseInt(args[2]) : ContactsScaleBenchmark.INTERACTIONS;
        try (JournalDatabase db = ContactsScaleBenchmark.createJournal(folder, contacts, interactions,
                ContactsScaleBenchmark.SEED)) {
            new SettingsRepository(db).putAll(Map.of(FirstStart.SETTING, FirstStart.Outcome.FINISHED.code()));
        }
        System.out.printf("BigJournal: %s, %d contacts, %d interactions, %d MB%n", folder, contacts, interactions,
                Files.size(folder.resolve("netjournal.db")) / 1_000_000);
    }
}
