package dev.anaplanshell.sandbox.bulk;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** CSV as exports write it and imports read it: comma, double quotes when needed, CRLF. */
final class Csv {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private final StringBuilder text = new StringBuilder();

    Csv row(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quote(values.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String value) {
        String v = value == null ? "" : value;
        boolean needs = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** Parses an uploaded file: UTF-8 (a byte-order mark is skipped), first row the header. */
    static CSVParser parse(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Reader reader = new StringReader(text);
        return CSVParser.parse(reader, READ);
    }
}
