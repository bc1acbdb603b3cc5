package org.netjournal.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Something about a folder the user should know: the journal lies in a synced folder ({@link Kind#SYNCED}), or a
 * folder the user chose can be read by others ({@link Kind#READABLE_BY_OTHERS}; NetJournal does not change the
 * permissions of a folder it did not make). Only looks at the folders, never writes.
 */
public record FolderWarning(Kind kind, Path folder, Optional<SyncFolders.Synced> synced) {

    public enum Kind {
        SYNCED, READABLE_BY_OTHERS
    }

    /** What to warn about for the journal's folder; {@code chosenByUser}: not NetJournal's default folder. */
    public static List<FolderWarning> forJournalFolder(Path folder, boolean chosenByUser) {
        List<FolderWarning> warnings = new ArrayList<>();
        SyncFolders.syncedBy(folder).ifPresent(synced ->
                warnings.add(new FolderWarning(Kind.SYNCED, folder, Optional.of(synced))));
        warnings.addAll(forChosenFolder(folder, chosenByUser));
        return warnings;
    }

    /**
     * What to warn about for a folder that holds copies of the journal (backups): only that others can read it.
     * A synced backup folder is fine (its copies are closed files), even a good idea.
     */
    public static List<FolderWarning> forChosenFolder(Path folder, boolean chosenByUser) {
        return chosenByUser && PrivateFiles.othersCanRead(folder)
                ? List.of(new FolderWarning(Kind.READABLE_BY_OTHERS, folder, Optional.empty()))
                : List.of();
    }

    /**
     * The setting that remembers the warning was seen and put away, per kind and folder: a warning about another
     * folder (after a move) is shown again. Not a bundle key, so written with a colon.
     */
    public String dismissalSetting() {
        return "warning-seen:" + kind.name().toLowerCase(Locale.ROOT) + ":" + folder.toAbsolutePath().normalize();
    }
}
