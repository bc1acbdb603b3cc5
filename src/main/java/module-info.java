/**
 * NetJournal. Dependency direction (enforced by ArchitectureTest): {@code app} wires everything; {@code ui} uses
 * {@code domain}, {@code storage}, {@code tasks}, {@code i18n}, {@code files}, and {@code io} in its import and
 * export flows; {@code io} (other programs' files) uses {@code storage}, {@code files}, {@code i18n} and
 * {@code domain}; {@code storage} uses {@code files} and {@code domain}; {@code i18n} uses {@code domain};
 * {@code domain} uses nothing of ours and no JavaFX; {@code files} (owner-only files, synced folders) uses nothing
 * of ours.
 */
module org.netjournal {
    requires javafx.controls;
    requires java.sql;
    requires java.logging;
    requires org.xerial.sqlitejdbc;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;
    requires org.apache.commons.csv;
    requires com.googlecode.ezvcard;
    requires com.google.gson;
    requires net.sf.biweekly;
    requires info.picocli;

    exports org.netjournal.app to javafx.graphics;
    // picocli reads the commands' annotated fields (Cli and its commands) by reflection
    opens org.netjournal.app to info.picocli;
}
