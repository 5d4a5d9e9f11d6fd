package dev.anaplanshell.client.model;

import java.util.Locale;

/** What runs as a task; {@link #path()} is its collection in the API. */
public enum TaskKind {
    IMPORT("imports", "Import"), EXPORT("exports", "Export"), PROCESS("processes", "Process"),
    ACTION("actions", "Action");

    private final String path;
    private final String label;

    TaskKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** {@code import}, {@code imports}, {@code IMPORT}...; null when it is none of them. */
    public static TaskKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (TaskKind k : values()) {
            if (t.equals(k.path) || t.equals(k.name().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
