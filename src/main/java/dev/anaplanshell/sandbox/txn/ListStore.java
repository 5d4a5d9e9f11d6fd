package dev.anaplanshell.sandbox.txn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import dev.anaplanshell.sandbox.data.SbListDef;
import dev.anaplanshell.sandbox.data.SbListItem;

import tools.jackson.databind.JsonNode;

/**
 * The items of one list, thread-safe. Items are generated from the list's definition until the first write, which
 * turns them into a real list that adds, updates and deletes change (Anaplan's rules, anaplan-api.md §5.7).
 */
public final class ListStore {

    /** A frozen view of the items for one read. */
    public record Items(int size, IntFunction<SbListItem> item) {
    }

    /** One rejected item of a write: its index in the request, Anaplan's failure type and the details. */
    public record Failure(int requestIndex, String failureType, String details) {
    }

    /** What a write did. */
    public record Outcome(int added, int updated, int ignored, int deleted, int total, List<Failure> failures) {
    }

    /** How many items a list may hold, for {@code permittedItems} (the sandbox's figure; Anaplan's is per tenant). */
    public static final int CAPACITY = 999_999_999;

    private final SbListDef def;
    private final int listIndex;
    private final Function<String, ListStore> lists;
    private List<SbListItem> items;
    private Map<String, SbListItem> byId;
    private Map<String, SbListItem> byName;
    private Map<String, SbListItem> byCode;
    private long nextIndex;

    /**
     * @param listIndex the list's position in its model, for new item ids
     * @param lists the model's lists by id, to find parents
     */
    ListStore(SbListDef def, int listIndex, Function<String, ListStore> lists) {
        this.def = def;
        this.listIndex = listIndex;
        this.lists = lists;
        this.nextIndex = def.size();
    }

    public SbListDef def() {
        return def;
    }

    public synchronized int size() {
        return items == null ? def.size() : items.size();
    }

    /** The index the next item of a numbered list gets (its name is {@code #index}). */
    public synchronized long nextItemIndex() {
        return nextIndex + 1;
    }

    /** Numbers new items from 1 again; only an empty list can be reset (false otherwise). */
    public synchronized boolean resetIndex() {
        if (size() > 0) {
            return false;
        }
        nextIndex = 0;
        return true;
    }

    public synchronized Items snapshot() {
        if (items == null) {
            return new Items(def.size(), def.items());
        }
        List<SbListItem> copy = List.copyOf(items);
        return new Items(copy.size(), copy::get);
    }

    /** The item with this name (case-insensitive) or code, or null. */
    synchronized SbListItem find(String nameOrCode) {
        materialise();
        SbListItem item = byName.get(nameOrCode.toLowerCase(Locale.ROOT));
        return item != null ? item : byCode.get(nameOrCode);
    }

    public synchronized Outcome add(JsonNode requestItems) {
        materialise();
        List<Failure> failures = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < requestItems.size(); i++) {
            JsonNode in = requestItems.get(i);
            String name = text(in, "name");
            String code = text(in, "code");
            String problem = def.numbered() ? (name != null ? "numbered lists generate names: send a code, not a name"
                    : code == null ? "a numbered list item needs a code" : null)
                    : name == null || name.isBlank() ? "missing name" : null;
            if (problem != null) {
                failures.add(new Failure(i, "INCOMPLETE_DATA", problem));
                continue;
            }
            SbListItem sameName = name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
            SbListItem sameCode = code == null ? null : byCode.get(code);
            if (sameName != null || sameCode != null) {
                SbListItem existing = sameName != null ? sameName : sameCode;
                boolean same = (name == null || existing.name().equalsIgnoreCase(name))
                        && (code == null || code.equals(existing.code()));
                // a re-sent item is not added and is reported, so that a client can follow with an update
                failures.add(new Failure(i, "INCOMPLETE_DATA", same
                        ? "item '" + existing.name() + "' already exists: update it instead"
                        : sameName != null
                        ? "name '" + name + "' already exists with code '" + nullToEmpty(sameName.code()) + "'"
                        : "code '" + code + "' is already used by '" + sameCode.name() + "'"));
                continue;
            }
            String itemName = def.numbered() ? "#" + (nextIndex + 1) : name;
            SbListItem candidate = new SbListItem(id(nextIndex), itemName, code, null, null,
                    defaults(), subsetDefaults());
            Object result = apply(candidate, in);
            if (result instanceof Failure f) {
                failures.add(new Failure(i, f.failureType(), f.details()));
                continue;
            }
            nextIndex++;
            put((SbListItem) result);
            added++;
        }
        // every item not added counts as ignored, failures included (the spec's example: added 1, ignored 1, total 2)
        return new Outcome(added, 0, requestItems.size() - added, 0, requestItems.size(), failures);
    }

    /**
     * Anaplan's update logic (the spec's update-logic table): an item is found by {@code id}, else by {@code code}
     * (then a {@code name} renames it), else by {@code name} when the item has no code (then a {@code code} assigns
     * one); a name-only update of an item that has a code, a taken name or code, and removing a code are failures.
     * Every item not updated counts as ignored.
     */
    public synchronized Outcome update(JsonNode requestItems) {
        materialise();
        List<Failure> failures = new ArrayList<>();
        int updated = 0;
        for (int i = 0; i < requestItems.size(); i++) {
            JsonNode in = requestItems.get(i);
            Object found = target(in);
            if (found instanceof String problem) {
                failures.add(new Failure(i, "INCOMPLETE_DATA", problem));
                continue;
            }
            SbListItem existing = (SbListItem) found;
            String name = text(in, "name");
            String code = text(in, "code");
            String newName = def.numbered() || name == null ? existing.name() : name;
            String newCode = code == null ? existing.code() : code;
            SbListItem namesake = byName.get(newName.toLowerCase(Locale.ROOT));
            SbListItem codesake = newCode == null ? null : byCode.get(newCode);
            if (namesake != null && namesake != existing) {
                failures.add(new Failure(i, "INCOMPLETE_DATA", "name '" + newName + "' is already used"));
                continue;
            }
            if (codesake != null && codesake != existing) {
                failures.add(new Failure(i, "INCOMPLETE_DATA", "code '" + newCode + "' is already used by '"
                        + codesake.name() + "'"));
                continue;
            }
            Object result = apply(new SbListItem(existing.id(), newName, newCode, existing.parent(),
                    existing.parentId(), existing.properties(), existing.subsets()), in);
            if (result instanceof Failure f) {
                failures.add(new Failure(i, f.failureType(), f.details()));
            } else if (!result.equals(existing)) {
                items.set(items.indexOf(existing), (SbListItem) result);
                unindex(existing);
                index((SbListItem) result);
                updated++;
            }
        }
        return new Outcome(0, updated, requestItems.size() - updated, 0, requestItems.size(), failures);
    }

    /** The item an update means, or why there is none. */
    private Object target(JsonNode in) {
        String id = text(in, "id");
        String code = text(in, "code");
        String name = text(in, "name");
        if (code != null && code.isEmpty() && (id != null || name != null)) {
            return "a code cannot be removed: give the item a new code";
        }
        if (id != null) {
            SbListItem item = byId.get(id);
            return item != null ? item : "ID '" + id + "' not found";
        }
        if (code != null) {
            SbListItem item = byCode.get(code);
            if (item != null) {
                return item;
            }
            if (name == null) {
                return "code '" + code + "' not found";
            }
        }
        if (name == null) {
            return "identify the item by its id, code or name";
        }
        SbListItem item = byName.get(name.toLowerCase(Locale.ROOT));
        if (item == null) {
            return "name '" + name + "' not found";
        }
        if (item.code() != null && !item.code().isEmpty()) {
            return code == null ? "the item has a code: identify it by its code or id"
                    : "name '" + name + "' is already used";
        }
        return item;
    }

    public synchronized Outcome delete(JsonNode requestItems) {
        materialise();
        List<Failure> failures = new ArrayList<>();
        List<SbListItem> doomed = new ArrayList<>();
        for (int i = 0; i < requestItems.size(); i++) {
            JsonNode in = requestItems.get(i);
            String id = text(in, "id");
            String code = text(in, "code");
            if (id != null && code != null) {
                failures.add(new Failure(i, "Ambiguous criteria",
                        "Specifying both ID and code not supported (" + id + ":" + code + ")"));
                continue;
            }
            SbListItem item = id != null ? byId.get(id) : code != null ? byCode.get(code) : null;
            if (item == null || doomed.contains(item)) {
                failures.add(new Failure(i, "Not found", id != null ? "ID '" + id + "' not found"
                        : code != null ? "Code '" + code + "' not found" : "Specify an id or a code"));
                continue;
            }
            doomed.add(item);
        }
        if (!doomed.isEmpty()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            doomed.forEach(d -> ids.add(d.id()));
            items.removeIf(it -> ids.contains(it.id()));
            reindex();
        }
        return new Outcome(0, 0, 0, doomed.size(), requestItems.size(), failures);
    }

    /** The item with the request's parent, properties and subsets applied, or a {@link Failure}. */
    private Object apply(SbListItem item, JsonNode in) {
        String parent = item.parent();
        String parentId = item.parentId();
        String wantedParent = text(in, "parent");
        if (wantedParent != null) {
            if (def.parent() == null) {
                return new Failure(0, "INCORRECT_FORMAT", "incorrect format -- column name:parent, value:"
                        + wantedParent + " (the list has no parent hierarchy)");
            }
            SbListItem p = lists.apply(def.parent().id()).find(wantedParent);
            if (p == null) {
                return new Failure(0, "INCORRECT_FORMAT", "incorrect format -- column name:parent, value:"
                        + wantedParent);
            }
            parent = p.name();
            parentId = p.id();
        }
        Map<String, String> properties = new LinkedHashMap<>(item.properties());
        for (Map.Entry<String, JsonNode> p : in.path("properties").properties()) {
            SbListDef.Property property = def.properties().stream().filter(d -> d.name().equalsIgnoreCase(p.getKey()))
                    .findFirst().orElse(null);
            String value = p.getValue().isValueNode() ? p.getValue().asString() : p.getValue().toString();
            if (property == null) {
                return new Failure(0, "INCORRECT_FORMAT", "incorrect format -- unknown property:" + p.getKey());
            }
            if (!valid(property.format(), value)) {
                return new Failure(0, "INCORRECT_FORMAT", "incorrect format -- column name:" + property.name()
                        + ", value:" + value);
            }
            properties.put(property.name(), value);
        }
        Map<String, Boolean> subsets = new LinkedHashMap<>(item.subsets());
        for (Map.Entry<String, JsonNode> s : in.path("subsets").properties()) {
            String subset = subsets.keySet().stream().filter(k -> k.equalsIgnoreCase(s.getKey())).findFirst()
                    .orElse(null);
            if (subset == null || !(s.getValue().isBoolean() || s.getValue().isString())) {
                return new Failure(0, "INCORRECT_FORMAT", "incorrect format -- subset:" + s.getKey());
            }
            subsets.put(subset, s.getValue().isBoolean() ? s.getValue().asBoolean()
                    : Boolean.parseBoolean(s.getValue().asString()));
        }
        return new SbListItem(item.id(), item.name(), item.code(), parent, parentId, properties, subsets);
    }

    private static boolean valid(String format, String value) {
        if (value.isEmpty()) {
            return true;
        }
        try {
            switch (format) {
                case "NUMBER" -> Double.parseDouble(value);
                case "DATE" -> LocalDate.parse(value);
                case "BOOLEAN" -> {
                    return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private Map<String, String> defaults() {
        Map<String, String> properties = new LinkedHashMap<>();
        def.properties().forEach(p -> properties.put(p.name(), ""));
        return properties;
    }

    private Map<String, Boolean> subsetDefaults() {
        Map<String, Boolean> subsets = new LinkedHashMap<>();
        def.subsets().forEach(s -> subsets.put(s.name(), false));
        return subsets;
    }

    private String id(long index) {
        return Long.toString(200_000_000_000L + listIndex * 1_000_000_000L + index + 1);
    }

    private void materialise() {
        if (items != null) {
            return;
        }
        items = new ArrayList<>(def.size());
        for (int i = 0; i < def.size(); i++) {
            items.add(def.items().apply(i));
        }
        reindex();
    }

    private void reindex() {
        byId = new HashMap<>();
        byName = new HashMap<>();
        byCode = new HashMap<>();
        items.forEach(this::index);
    }

    private void put(SbListItem item) {
        items.add(item);
        index(item);
    }

    private void unindex(SbListItem item) {
        byId.remove(item.id());
        byName.remove(item.name().toLowerCase(Locale.ROOT));
        if (item.code() != null) {
            byCode.remove(item.code());
        }
    }

    private void index(SbListItem item) {
        byId.put(item.id(), item);
        byName.put(item.name().toLowerCase(Locale.ROOT), item);
        if (item.code() != null) {
            byCode.put(item.code(), item);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
