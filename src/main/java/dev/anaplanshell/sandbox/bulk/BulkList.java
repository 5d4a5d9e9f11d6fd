package dev.anaplanshell.sandbox.bulk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A list that bulk imports write to and exports read from, e.g. "Products". Items have a unique code, a name and an
 * optional parent (the code of another item). Kept by the bulk area of the sandbox until it is wired to the
 * tenant's list store; callers synchronise on the owning {@link ModelBulk}.
 */
public final class BulkList {

    /** One list item. */
    public record Item(String code, String name, String parent) {
    }

    private final String name;
    private final Map<String, Item> items = new LinkedHashMap<>();

    BulkList(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    /** By code, else by name, case-insensitively, as Anaplan matches list members in imports. */
    public Optional<Item> find(String codeOrName) {
        String key = codeOrName.strip().toLowerCase(Locale.ROOT);
        return items.values().stream().filter(i -> i.code().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .or(() -> items.values().stream().filter(i -> i.name().toLowerCase(Locale.ROOT).equals(key)).findFirst());
    }

    /** Creates or updates by code; returns true when it created. */
    public boolean upsert(Item item) {
        return items.put(item.code(), item) == null;
    }

    public boolean remove(String code) {
        return items.remove(code) != null;
    }

    /** Leaves (items with a parent) in list order. */
    public List<Item> leaves() {
        return items.values().stream().filter(i -> i.parent() != null && !i.parent().isEmpty()).toList();
    }

    void sortByCode() {
        List<Item> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparing(Item::code));
        items.clear();
        sorted.forEach(i -> items.put(i.code(), i));
    }
}
