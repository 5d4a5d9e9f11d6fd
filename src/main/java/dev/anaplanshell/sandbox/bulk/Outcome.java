package dev.anaplanshell.sandbox.bulk;

import java.util.List;

/**
 * What running one import, export or action did: the {@code result} of its task (or one of a process's
 * {@code nestedResults}), and the failure dump when rows were rejected.
 */
record Outcome(String objectId, String objectName, boolean successful, List<Detail> details, byte[] dump) {

    /** One {@code result.details} entry. */
    record Detail(String type, String localMessageText, List<String> values) {
    }

    boolean failureDumpAvailable() {
        return dump != null;
    }

    static Outcome ok(String id, String name, String type, String message) {
        return new Outcome(id, name, true, List.of(new Detail(type, message, List.of())), null);
    }

    static Outcome failed(String id, String name, String type, String message) {
        return new Outcome(id, name, false, List.of(new Detail(type, message, List.of())), null);
    }
}
