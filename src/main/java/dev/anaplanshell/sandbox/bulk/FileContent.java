package dev.anaplanshell.sandbox.bulk;

import java.io.IOException;
import java.io.OutputStream;

/** The content of a model file, served chunk by chunk. */
public interface FileContent {

    /** Anaplan's download chunk size: 10 MB. */
    int CHUNK_SIZE = 10 * 1024 * 1024;

    long size();

    int chunkCount();

    long chunkLength(int chunk);

    void writeChunk(int chunk, OutputStream out) throws IOException;

    default void writeAll(OutputStream out) throws IOException {
        for (int i = 0; i < chunkCount(); i++) {
            writeChunk(i, out);
        }
    }
}
