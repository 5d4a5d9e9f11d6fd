package dev.anaplanshell.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.anaplanshell.client.model.ListItem;

/**
 * The items of one list in two models, matched by item name (unique within an Anaplan list): items added and
 * removed, and for items in both, changed code, parent, property values and subset membership. IDs are not
 * compared: copies of a model may renumber them.
 */
public final class ListDiff {

    private ListDiff() {
    }

    public static List<Change> compare(String list, List<ListItem> oldItems, List<ListItem> newItems) {
        Map<String, ListItem> before = byName(oldItems);
        Map<String, ListItem> after = byName(newItems);
        List<Change> changes = new ArrayList<>();
        after.forEach((name, item) -> {
            ListItem old = before.get(name);
            if (old == null) {
                changes.add(new Change(Change.ADDED, list, name, "", "", ""));
            } else {
                field(changes, list, name, "code", old.code(), item.code());
                field(changes, list, name, "parent", old.parent(), item.parent());
                keys(changes, list, name, "property ", old.properties(), item.properties());
                keys(changes, list, name, "subset ", old.subsets(), item.subsets());
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name))
                .forEach(name -> changes.add(new Change(Change.REMOVED, list, name, "", "", "")));
        return changes;
    }

    private static Map<String, ListItem> byName(List<ListItem> items) {
        Map<String, ListItem> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.name(), i));
        return map;
    }

    private static void keys(List<Change> changes, String list, String item, String prefix, Map<String, ?> old,
            Map<String, ?> now) {
        Set<String> all = new LinkedHashSet<>(old.keySet());
        all.addAll(now.keySet());
        for (String key : all) {
            field(changes, list, item, prefix + key, text(old.get(key)), text(now.get(key)));
        }
    }

    private static void field(List<Change> changes, String list, String item, String field, String old,
            String now) {
        if (!Objects.equals(blank(old), blank(now))) {
            changes.add(new Change(Change.CHANGED, list, item, field, blank(old), blank(now)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
