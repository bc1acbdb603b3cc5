package org.netjournal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the user sees: {@code messages} for the app's own labels, {@code guide} for the seven steps'
 * guidance, and one bundle per larger area ({@code journal}, {@code goals}, {@code drafts}, {@code search},
 * {@code networks}). Keys with arguments use {@link MessageFormat} patterns.
 */
public final class Messages {

    public static final List<String> BUNDLES = List.of("org.netjournal.i18n.messages", "org.netjournal.i18n.guide",
            "org.netjournal.i18n.journal", "org.netjournal.i18n.goals", "org.netjournal.i18n.drafts",
            "org.netjournal.i18n.help", "org.netjournal.i18n.settings", "org.netjournal.i18n.welcome",
            "org.netjournal.i18n.search", "org.netjournal.i18n.strategy", "org.netjournal.i18n.networks",
            "org.netjournal.i18n.posts", "org.netjournal.i18n.coach", "org.netjournal.i18n.review");

    private final Language language;
    private final List<ResourceBundle> bundles;

    public Messages(Language language) {
        this.language = language;
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, bundleLocale(language), Messages.class.getModule()))
                .toList();
    }

    /**
     * English is the base bundle. Asking for {@code Locale.ROOT} rather than {@code en} keeps ResourceBundle
     * from falling back to the JVM's default locale (German on a German system) when no {@code _en} file exists.
     */
    private static Locale bundleLocale(Language language) {
        return language == Language.ENGLISH ? Locale.ROOT : language.locale();
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No text for " + key, Messages.class.getName(), key);
    }

    /**
     * A menu's or menu item's name as prose names it ("File → Back up now"): without the {@code _} that marks its
     * Alt mnemonic in the bundle.
     */
    public String menuName(String key) {
        return get(key).replaceFirst("_(?=\\S)", "");
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), language.locale());
        return format.format(arguments);
    }

    public String stepTitle(int number) {
        return get("step." + number + ".title");
    }
}
