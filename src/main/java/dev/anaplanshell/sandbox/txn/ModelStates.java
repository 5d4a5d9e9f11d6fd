package dev.anaplanshell.sandbox.txn;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.TransactionalData;

/** Each model's {@link ModelState}, made on first use. */
public final class ModelStates {

    private final Map<String, ModelState> states = new ConcurrentHashMap<>();
    private final int volumeListItems;
    private final int volumeViewCells;

    public ModelStates(int volumeListItems, int volumeViewCells) {
        this.volumeListItems = volumeListItems;
        this.volumeViewCells = volumeViewCells;
    }

    public ModelState of(SbModel model) {
        return states.computeIfAbsent(model.id(),
                id -> new ModelState(model, TransactionalData.forModel(model, volumeListItems, volumeViewCells)));
    }
}
