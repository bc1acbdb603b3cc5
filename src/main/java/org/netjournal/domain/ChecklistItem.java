package org.netjournal.domain;

import java.util.Objects;

/**
 * One line of a step's "done when" checklist. Built-in items carry a {@code builtInKey} whose label
 * comes from the resource bundle (so it follows the language); the user's own items carry their text.
 */
public record ChecklistItem(long id, int stepNumber, String builtInKey, String text, boolean checked, int position) {

    public ChecklistItem {
        if ((builtInKey == null) == (text == null)) {
            throw new IllegalArgumentException("An item has either a built-in key or its own text");
        }
    }

    public boolean isBuiltIn() {
        return builtInKey != null;
    }

    public ChecklistItem withChecked(boolean newChecked) {
        return new ChecklistItem(id, stepNumber, builtInKey, text, newChecked, position);
    }

    public ChecklistItem withText(String newText) {
        Objects.requireNonNull(newText);
        if (isBuiltIn()) {
            throw new IllegalStateException("Built-in items keep their label");
        }
        return new ChecklistItem(id, stepNumber, null, newText, checked, position);
    }
}
