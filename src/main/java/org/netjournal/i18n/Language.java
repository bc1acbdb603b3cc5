package org.netjournal.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the UI speaks. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    GERMAN("de", Locale.GERMAN);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** German for any {@code de*} locale (de-DE, de-AT, de-CH …), otherwise English. */
    public static Language forLocale(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
