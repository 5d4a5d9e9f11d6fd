package dev.anaplanshell.sandbox.txn;

import java.io.IOException;
import java.io.OutputStream;

import dev.anaplanshell.sandbox.data.SbListDef;
import dev.anaplanshell.sandbox.data.SbListItem;

/** List items as CSV: the {@code items} call's form and the form of large-volume read pages. */
public final class ListWriters {

    private ListWriters() {
    }

    /**
     * {@code id,name,code,parent,parentId[,listId,listName]}, with {@code includeAll} also {@code <subsets>,<properties>}
     * (anaplan-api.md §5.6), then one line per item.
     */
    public static void items(SbListDef def, ListStore.Items items, boolean includeAll, OutputStream stream)
            throws IOException {
        try (Csv csv = new Csv(stream)) {
            csv.field("id").field("name").field("code").field("parent").field("parentId");
            if (def.parent() != null) {
                csv.field("listId").field("listName");
            }
            if (includeAll) {
                def.subsets().forEach(s -> field(csv, s.name()));
                def.properties().forEach(p -> field(csv, p.name()));
            }
            csv.end();
            for (int i = 0; i < items.size(); i++) {
                SbListItem item = items.item().apply(i);
                csv.field(item.id()).field(item.name()).field(item.code()).field(item.parent()).field(item.parentId());
                if (def.parent() != null) {
                    csv.field(item.parentId() == null ? null : def.parent().id())
                            .field(item.parentId() == null ? null : def.parent().name());
                }
                if (includeAll) {
                    for (var s : def.subsets()) {
                        csv.field(String.valueOf(Boolean.TRUE.equals(item.subsets().get(s.name()))));
                    }
                    for (var p : def.properties()) {
                        csv.field(item.properties().get(p.name()));
                    }
                }
                csv.end();
            }
        }
    }

    /** A read-request page: {@code ,Parent,Code,<subsets>,<properties>} then items {@code from} to {@code to}. */
    public static void page(SbListDef def, ListStore.Items items, int from, int to, OutputStream stream)
            throws IOException {
        try (Csv csv = new Csv(stream)) {
            csv.field("").field("Parent").field("Code");
            def.subsets().forEach(s -> field(csv, s.name()));
            def.properties().forEach(p -> field(csv, p.name()));
            csv.end();
            for (int i = from; i < to; i++) {
                SbListItem item = items.item().apply(i);
                csv.field(item.name()).field(item.parent()).field(item.code());
                for (var s : def.subsets()) {
                    csv.field(String.valueOf(Boolean.TRUE.equals(item.subsets().get(s.name()))));
                }
                for (var p : def.properties()) {
                    csv.field(item.properties().get(p.name()));
                }
                csv.end();
            }
        }
    }

    private static void field(Csv csv, String value) {
        try {
            csv.field(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
