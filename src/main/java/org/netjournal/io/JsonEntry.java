package org.netjournal.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netjournal.domain.Network;

/** One object of a section, with typed getters that name the entry when a value does not fit. */
final class JsonEntry {

    private final String section;
    private final int index;
    private final JsonObject object;

    JsonEntry(String section, int index, JsonObject object) {
        this.section = section;
        this.index = index;
        this.object = object;
    }

    String where() {
        return section + ", entry " + (index + 1);
    }

    BadJsonEntry bad(String field) {
        JsonElement value = object.get(field);
        return new BadJsonEntry("backup.badValue", where(), field,
                value == null || value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString()
                        : value.toString());
    }

    private JsonElement get(String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** A text, null when missing; numbers and booleans as written. */
    String text(String field) throws BadJsonEntry {
        JsonElement value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw bad(field);
        }
        return value.getAsString();
    }

    /** A text, empty when missing. */
    String string(String field) throws BadJsonEntry {
        String text = text(field);
        return text == null ? "" : text;
    }

    Integer integer(String field) throws BadJsonEntry {
        JsonElement value = get(field);
        return value == null ? null : integer(value, field);
    }

    Integer integer(JsonElement value, String field) throws BadJsonEntry {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw bad(field);
        }
        try {
            return new BigDecimal(value.getAsString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw bad(field);
        }
    }

    Long longOrNull(String field) throws BadJsonEntry {
        JsonElement value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw bad(field);
        }
        try {
            return new BigDecimal(value.getAsString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw bad(field);
        }
    }

    /** The entry's "id"; 0 when missing (one is given later). */
    long id() throws BadJsonEntry {
        String field = object.has("contactId") && !object.has("id") ? "contactId" : "id";
        Long id = longOrNull(field);
        if (id != null && id < 1) {
            throw bad(field);
        }
        return id == null ? 0 : id;
    }

    boolean bool(String field) throws BadJsonEntry {
        return bool(field, false);
    }

    /** The field's boolean; {@code absent} when the entry does not have it. */
    boolean bool(String field, boolean absent) throws BadJsonEntry {
        JsonElement value = get(field);
        if (value == null) {
            return absent;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw bad(field);
        }
        return value.getAsBoolean();
    }

    LocalDate date(String field) throws BadJsonEntry {
        String text = text(field);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(field);
        }
    }

    /** The entry's "network"; null (any network) when missing. */
    Network network() throws BadJsonEntry {
        String code = text("network");
        return code == null ? null : code(Network.fromCode(code), "network", code);
    }

    <T> T code(Optional<T> parsed, String field, String value) throws BadJsonEntry {
        if (parsed.isEmpty()) {
            throw new BadJsonEntry("backup.badValue", where(), field, String.valueOf(value));
        }
        return parsed.get();
    }

    JsonObject object(String field) throws BadJsonEntry {
        JsonElement value = get(field);
        if (value == null) {
            return new JsonObject();
        }
        if (!value.isJsonObject()) {
            throw bad(field);
        }
        return value.getAsJsonObject();
    }

    /** An array's elements as written, empty when missing. */
    List<JsonElement> elements(String field) throws BadJsonEntry {
        List<JsonElement> elements = new ArrayList<>();
        JsonElement value = get(field);
        if (value == null) {
            return elements;
        }
        if (!value.isJsonArray()) {
            throw bad(field);
        }
        value.getAsJsonArray().forEach(elements::add);
        return elements;
    }

    List<JsonObject> objects(String field) throws BadJsonEntry {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonElement element : elements(field)) {
            if (!element.isJsonObject()) {
                throw bad(field);
            }
            objects.add(element.getAsJsonObject());
        }
        return objects;
    }

    List<String> strings(String field) throws BadJsonEntry {
        List<String> strings = new ArrayList<>();
        for (JsonElement element : elements(field)) {
            if (!element.isJsonPrimitive()) {
                throw bad(field);
            }
            strings.add(element.getAsString());
        }
        return strings;
    }
}
