package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Process;

/** Processes. Run them through {@link Tasks}. */
public final class Processes {

    private final Transport transport;

    Processes(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET …/processes}, all pages. 404: no such model. */
    public Stream<Process> list(ModelPath model) {
        return transport.pages(model.of("/processes"), Map.of(), "processes", Process.class);
    }
}
