package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void utf8WithAndWithoutBomUtf16AndWindows1252() {
        String text = "First Name,Last Name\r\nJürgen,Weiß\r\n";
        assertEquals(text, FileText.decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, FileText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, FileText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, FileText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(text, FileText.decode(text.getBytes(Charset.forName("windows-1252"))));
    }
}
