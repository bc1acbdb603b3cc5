package org.netjournal.ui.goals;

import java.util.Optional;

/** What the user typed into the target spinner, read leniently: digits only, clamped to 1 … max. */
final class TargetInput {

    private TargetInput() {
    }

    /** The target typed, or empty when the text holds no number (the spinner then keeps its value). */
    static Optional<Integer> parse(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (digits.length() > 6) {
            return Optional.of(max);
        }
        int value = Integer.parseInt(digits);
        return Optional.of(Math.max(1, Math.min(max, value)));
    }
}
