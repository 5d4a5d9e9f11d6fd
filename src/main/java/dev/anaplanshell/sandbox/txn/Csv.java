package dev.anaplanshell.sandbox.txn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** RFC 4180 lines, written as they are made. */
final class Csv implements AutoCloseable {

    private final Writer out;
    private boolean first = true;

    Csv(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    Csv field(String value) throws IOException {
        if (!first) {
            out.write(',');
        }
        first = false;
        String v = value == null ? "" : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            out.write('"');
            out.write(v.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(v);
        }
        return this;
    }

    Csv fields(Iterable<String> values) throws IOException {
        for (String v : values) {
            field(v);
        }
        return this;
    }

    Csv fields(String[] values) throws IOException {
        for (String v : values) {
            field(v);
        }
        return this;
    }

    void end() throws IOException {
        out.write("\r\n");
        first = true;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
