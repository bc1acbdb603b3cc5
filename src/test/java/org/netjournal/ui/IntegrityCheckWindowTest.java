package org.netjournal.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.netjournal.bench.ContactsScaleBenchmark;
import org.netjournal.storage.JournalDatabase;

/**
 * The journal's quick_check runs after the first frame, off the start's critical path. Damage it finds there is
 * refused the way a start refuses it: the window goes, the damaged-journal dialog comes.
 */
class IntegrityCheckWindowTest extends WindowTest {

    @Test
    void damageFoundAfterTheFirstFrameIsRefusedWithTheStartsDialog() throws Exception {
        try (JournalDatabase journal = ContactsScaleBenchmark.createJournal(dataDir, 300, 1200, 7)) {
            // a journal with a search index of many pages
        }
        Path file = dataDir.resolve("netjournal.db");
        breakPage(file, lastPageOf(file, "search_index_data")); // a page the start itself does not read

        app = new AppDriver(dataDir).startWithoutWaiting();

        AppDriver.waitUntil(() -> app.robot.lookup("#startupProblem").tryQuery().isPresent(),
                "the damaged-journal dialog");
        AppDriver.waitUntil(() -> !app.stage().isShowing(), "the main window to go");
        assertTrue(app.robot.lookup("#startupProblem").tryQuery().isPresent());
        assertFalse(app.stage().isShowing());
        // the start itself opened the journal and showed it: the damage was found afterwards, off the start's path
        assertTrue(app.stage().getScene() != null && app.stage().getScene().lookup("#stepList") != null,
                "the main window had been shown before the check refused the journal");
    }

    private static int lastPageOf(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT max(pageno) FROM dbstat WHERE name = '" + table + "' AND pagetype = 'leaf'")) {
            assertTrue(rs.next() && rs.getInt(1) > 1, "precondition: " + table + " has leaf pages");
            return rs.getInt(1);
        }
    }

    private static void breakPage(Path file, int page) throws Exception {
        int pageSize = 4096;
        byte[] garbage = new byte[pageSize];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (page - 1) * pageSize);
            raf.write(garbage);
        }
    }
}
