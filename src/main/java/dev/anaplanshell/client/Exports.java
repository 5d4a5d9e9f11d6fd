package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Export;
import dev.anaplanshell.client.model.ExportMetadata;

/** Export definitions; an export's output is the file with the export's id. Run them through {@link Tasks}. */
public final class Exports {

    private final Transport transport;

    Exports(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET …/exports}, all pages. 404: no such model. */
    public Stream<Export> list(ModelPath model) {
        return transport.pages(model.of("/exports"), Map.of(), "exports", Export.class);
    }

    /** {@code GET …/exports/{e}}: columns, types, estimated rows. 404: no such export. */
    public ExportMetadata metadata(ModelPath model, String exportId) {
        return transport.convert(transport.get(model.of("/exports/" + exportId), Map.of()).path("exportMetadata"),
                ExportMetadata.class);
    }
}
