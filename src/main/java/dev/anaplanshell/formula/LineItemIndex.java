package dev.anaplanshell.formula;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.session.NameResolver;

/**
 * The line items of one model, indexed by ID and by module and line-item name (case-insensitively, as Anaplan
 * matches names), for formula parsing and for finding the line item the user typed.
 */
public final class LineItemIndex {

    private final String modelName;
    private final List<LineItem> items;
    private final Map<String, LineItem> byId = new LinkedHashMap<>();
    private final Map<String, Map<String, LineItem>> byModule = new LinkedHashMap<>();
    private int longestModule;
    private int longestItem;

    public LineItemIndex(String modelName, Collection<LineItem> lineItems) {
        this.modelName = modelName;
        this.items = List.copyOf(lineItems);
        for (LineItem li : items) {
            byId.put(li.id(), li);
            byModule.computeIfAbsent(key(li.moduleName()), k -> new LinkedHashMap<>()).putIfAbsent(key(li.name()), li);
            longestModule = Math.max(longestModule, li.moduleName().length());
            longestItem = Math.max(longestItem, li.name().length());
        }
    }

    public List<LineItem> all() {
        return items;
    }

    public LineItem byId(String id) {
        return byId.get(id);
    }

    /** The line items of a module by lower-case name, or null when there is no such module. */
    Map<String, LineItem> module(String moduleName) {
        return byModule.get(key(moduleName));
    }

    int longestModule() {
        return longestModule;
    }

    int longestItem() {
        return longestItem;
    }

    /** The line items whose formulas reference this one, from its {@code referencedBy}; unknown IDs are skipped. */
    public List<LineItem> referencedBy(LineItem item) {
        List<LineItem> users = new ArrayList<>();
        if (item.referencedBy() != null) {
            for (NamedRef ref : item.referencedBy()) {
                LineItem user = byId.get(ref.id());
                if (user != null && !users.contains(user)) {
                    users.add(user);
                }
            }
        }
        return users;
    }

    /**
     * The line item the user typed: an ID, {@code Module.Line Item} (the module may be quoted) or a line-item
     * name that is unique in the model. Unknown: exit 4 with suggestions; a name in several modules: exit 2.
     */
    public LineItem find(String input) {
        String wanted = input == null ? "" : input.strip();
        if (byId.containsKey(wanted)) {
            return byId.get(wanted);
        }
        for (int dot = wanted.indexOf('.'); dot > 0; dot = wanted.indexOf('.', dot + 1)) {
            Map<String, LineItem> module = byModule.get(key(unquote(wanted.substring(0, dot))));
            if (module != null) {
                String name = unquote(wanted.substring(dot + 1));
                LineItem found = module.get(key(name));
                if (found != null) {
                    return found;
                }
                String moduleName = module.values().iterator().next().moduleName();
                return NameResolver.resolve("Line item", name, module.values(), LineItem::id, LineItem::name,
                        "in module '" + moduleName + "'");
            }
        }
        List<LineItem> named = items.stream().filter(li -> li.name().equalsIgnoreCase(unquote(wanted))).toList();
        if (named.size() > 1) {
            throw ShellException.usage("Line item '" + wanted + "' is in several modules: " + named.stream()
                    .map(LineItemIndex::display).collect(Collectors.joining(", ")) + "; use Module.Line Item or the ID");
        }
        return NameResolver.resolve("Line item", unquote(wanted), items, LineItem::id, LineItem::name,
                "in model '" + modelName + "'");
    }

    /** How Anaplan writes a reference: {@code 'CAL01 Revenue'.Net Revenue}, or {@code Module.Item}. */
    public static String display(LineItem item) {
        String module = item.moduleName();
        boolean plain = module.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return (plain ? module : "'" + module + "'") + "." + item.name();
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1) : t;
    }
}
