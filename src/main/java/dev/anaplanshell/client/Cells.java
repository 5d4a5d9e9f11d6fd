package dev.anaplanshell.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.model.CellWrite;
import dev.anaplanshell.client.model.CellWriteResult;

/** Cell writes. */
public final class Cells {

    /** The most cells one call takes (anaplan-api.md §5.8). */
    public static final int MAX_WRITE = 100_000;

    private final Transport transport;

    Cells(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST /models/{m}/modules/{mod}/data} in calls of at most {@value #MAX_WRITE} cells. Failures keep their
     * index in {@code cells}. 404: no such module; 400: a malformed body.
     */
    public CellWriteResult write(String modelId, String moduleId, Iterator<CellWrite> cells) {
        String path = "/models/" + modelId + "/modules/" + moduleId + "/data";
        CellWriteResult result = CellWriteResult.NONE;
        int offset = 0;
        while (cells.hasNext()) {
            List<CellWrite> batch = new ArrayList<>();
            while (cells.hasNext() && batch.size() < MAX_WRITE) {
                batch.add(cells.next());
            }
            CellWriteResult one = transport.convert(transport.send("POST", path, Map.of(), batch),
                    CellWriteResult.class);
            result = result.plus(one, offset);
            offset += batch.size();
        }
        return result;
    }
}
