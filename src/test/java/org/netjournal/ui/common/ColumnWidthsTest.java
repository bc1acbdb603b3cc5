package org.netjournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which columns a narrow table hides, and how the rest give way. */
class ColumnWidthsTest {

    @Test
    void allColumnsStayWhereTheyFit() {
        assertArrayEquals(new boolean[] {true, true, true},
                ColumnWidths.shown(new double[] {150, 200, 100}, new double[] {60, 80, 60}, new int[] {-1, -1, 0}, 450));
    }

    @Test
    void theColumnsThatGiveWayAreHiddenFirstInTheirOrder() {
        // name, company, networks (gives way second), stage, tags (gives way first)
        double[] wanted = {150, 200, 100, 110, 120};
        double[] least = {60, 80, 90, 60, 60};
        int[] rank = {-1, -1, 1, -1, 0};
        assertArrayEquals(new boolean[] {true, true, true, true, false},
                ColumnWidths.shown(wanted, least, rank, 580));
        assertArrayEquals(new boolean[] {true, true, false, true, false},
                ColumnWidths.shown(wanted, least, rank, 470));
        // nothing more to hide: the rest stay and give way in width
        assertArrayEquals(new boolean[] {true, true, false, true, false},
                ColumnWidths.shown(wanted, least, rank, 200));
    }

    @Test
    void aLongValueIsShortenedRatherThanAColumnHiddenForIt() {
        // a company and role of 360 px counts as 220: the stage column beside it stays
        assertArrayEquals(new boolean[] {true, true, true},
                ColumnWidths.shown(new double[] {150, 360, 110}, new double[] {60, 80, 60}, new int[] {-1, -1, 0}, 490));
    }

    @Test
    void theWidestGivesWayFirstNeverBelowItsHeader() {
        double[] widths = {150, 360, 110};
        ColumnWidths.shrinkWidestFirst(widths, new double[] {60, 80, 60}, 490);
        assertEquals(490, Arrays.stream(widths).sum(), 0.01);
        assertArrayEquals(new double[] {150, 230, 110}, widths, 0.01);
        ColumnWidths.shrinkWidestFirst(widths, new double[] {60, 80, 60}, 100);
        assertArrayEquals(new double[] {60, 80, 60}, widths, 0.01);
    }
}
