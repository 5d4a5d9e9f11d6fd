package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Import;

/** Import definitions. Run them through {@link Tasks}. */
public final class Imports {

    private final Transport transport;

    Imports(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET …/imports}, all pages. 404: no such model. */
    public Stream<Import> list(ModelPath model) {
        return transport.pages(model.of("/imports"), Map.of(), "imports", Import.class);
    }
}
