package org.netjournal.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How often the user wants to be in touch with a contact. {@code NONE} means never due. Monthly and
 * quarterly are calendar months, so "monthly" from 31 January is the end of February.
 */
public record Cadence(Kind kind, int customDays) {

    public enum Kind {
        NONE("none"), TWO_WEEKS("2w"), MONTHLY("monthly"), QUARTERLY("quarterly"), CUSTOM("custom");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static final Cadence NONE = new Cadence(Kind.NONE, 0);
    public static final Cadence TWO_WEEKS = new Cadence(Kind.TWO_WEEKS, 0);
    public static final Cadence MONTHLY = new Cadence(Kind.MONTHLY, 0);
    public static final Cadence QUARTERLY = new Cadence(Kind.QUARTERLY, 0);

    public Cadence {
        if (kind == Kind.CUSTOM && (customDays < 1 || customDays > 3650)) {
            throw new IllegalArgumentException("A custom cadence is 1 to 3650 days");
        }
        if (kind != Kind.CUSTOM) {
            customDays = 0;
        }
    }

    public static Cadence everyDays(int days) {
        return new Cadence(Kind.CUSTOM, days);
    }

    public Optional<Period> period() {
        return switch (kind) {
            case NONE -> Optional.empty();
            case TWO_WEEKS -> Optional.of(Period.ofDays(14));
            case MONTHLY -> Optional.of(Period.ofMonths(1));
            case QUARTERLY -> Optional.of(Period.ofMonths(3));
            case CUSTOM -> Optional.of(Period.ofDays(customDays));
        };
    }

    /** The next date the contact is due after {@code lastTouch}; empty when there is no cadence. */
    public Optional<LocalDate> nextDue(LocalDate lastTouch) {
        return period().map(lastTouch::plus);
    }

    /** Stored form: {@code none}, {@code 2w}, {@code monthly}, {@code quarterly} or {@code custom:N}. */
    public String code() {
        return kind == Kind.CUSTOM ? "custom:" + customDays : kind.code();
    }

    public static Optional<Cadence> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.startsWith("custom:")) {
            try {
                return Optional.of(everyDays(Integer.parseInt(code.substring("custom:".length()))));
            } catch (IllegalArgumentException bad) {
                return Optional.empty();
            }
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.CUSTOM && kind.code().equals(code)) {
                return Optional.of(new Cadence(kind, 0));
            }
        }
        return Optional.empty();
    }
}
