package org.netjournal.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a contact file holds that NetJournal does not keep. A reader adds one warning per kind and record
 * ({@code import.leftOut.photo} with the count as its argument); {@link #summary} adds them up over the file for
 * the import summary ("2 photos, 3 postal addresses"), so nothing is thrown away silently.
 */
public final class LeftOut {

    static final String PHOTO = "import.leftOut.photo";
    static final String ADDRESS = "import.leftOut.address";
    static final String IMPP = "import.leftOut.impp";
    static final String BIRTHDAY = "import.leftOut.birthday";
    private static final List<String> KINDS = List.of(PHOTO, ADDRESS, IMPP, BIRTHDAY);

    private LeftOut() {
    }

    static void count(int count, String kind, List<ImportMessage> warnings) {
        if (count > 0) {
            warnings.add(ImportMessage.of(kind, count));
        }
    }

    /**
     * The left-out counts of all rows as messages in a fixed order ({@code import.leftOut.photo} with the total),
     * empty when nothing was left out. Each message's argument is a number for a choice format.
     */
    public static List<ImportMessage> summary(List<ImportCandidate> candidates) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (ImportCandidate candidate : candidates) {
            for (ImportMessage warning : candidate.warnings()) {
                if (KINDS.contains(warning.key())) {
                    totals.merge(warning.key(), ((Number) warning.args().get(0)).intValue(), Integer::sum);
                }
            }
        }
        List<ImportMessage> result = new ArrayList<>();
        for (String kind : KINDS) {
            if (totals.containsKey(kind)) {
                result.add(ImportMessage.of(kind, totals.get(kind)));
            }
        }
        return result;
    }

    /** True for a warning that only counts something left out (shown in the summary, not on the row). */
    public static boolean isCount(ImportMessage warning) {
        return KINDS.contains(warning.key());
    }
}
