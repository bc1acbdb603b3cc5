package org.netjournal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.netjournal.app.LargeRestoreTestAccess;

/**
 * Writes a full JSON export of {@code CONTACTS} contacts (long notes, two interactions each, 100 sessions with
 * wins) for the large-restore benchmark (bench/restore.sh).
 *
 * <pre>BigExport FILE [CONTACTS]</pre>
 */
public final class BigExport {

    private BigExport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BigExport FILE [CONTACTS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 75_000;
        LargeRestoreTestAccess.writeExport(file, contacts);
        System.out.printf("BigExport: %s, %d contacts, %d MB%n", file, contacts, Files.size(file) / 1_000_000);
    }
}
