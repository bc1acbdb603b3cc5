package org.netjournal.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The restore of an old export chooses networks with migration 007's own statement, found whole in it. */
class NetworksFromNamesTest {

    @Test
    void theRestoreTakesMigration007sStatementWhole() {
        String statement = MyNetworkRepository.chosenFromNames().replaceAll("\\s+", " ");
        assertTrue(statement.startsWith("INSERT INTO my_network (network, position) SELECT network, row_number()"),
                statement);
        assertTrue(statement.endsWith("GROUP BY network"), statement);
        assertTrue(statement.contains("FROM contact_profile UNION ALL SELECT network FROM interaction"), statement);
    }
}
