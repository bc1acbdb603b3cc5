package org.netjournal.ui.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.netjournal.i18n.DateTimeTexts;
import org.netjournal.i18n.Messages;

/** Date fields write dates as every page does (DateTimeTexts) and read what people type in their language. */
public final class DateFields {

    private DateFields() {
    }

    public static void use(DatePicker picker, Messages messages) {
        DateTimeTexts dates = new DateTimeTexts(messages);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                // what cannot be read keeps the field's date rather than failing (DatePicker keeps the text)
                return dates.parseDate(text).orElse(text == null || text.isBlank() ? null : picker.getValue());
            }
        });
    }
}
