package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The restore of an old export chooses networks with migration 007's own statement, not a look-alike. */
class NetworksFromNamesTest {

    private static String words(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theRestoreUsesMigration007sStatement() throws Exception {
        String migration;
        try (InputStream in = JournalDatabase.class.getResourceAsStream("migrations/007-networks.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(words(migration).contains(words(MyNetworkRepository.CHOSEN_FROM_NAMES) + ";"),
                "migration 007 chooses the networks of an old journal the same way");
    }
}
