package dev.anaplanshell.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Module;

/** The graphs a report draws: modules (or, past {@link #MODULE_LIMIT}, groups of them) and one module's line items. */
final class ModelGraphs {

    /** More modules than this are drawn as groups by the prefix of their names ({@code SYS}, {@code CAL}...). */
    static final int MODULE_LIMIT = 250;

    private ModelGraphs() {
    }

    /**
     * Modules, an edge from A to B when a line item of B references one of A; past {@link #MODULE_LIMIT} modules,
     * one node per name prefix instead.
     */
    static Graph modules(List<Module> modules, List<LineItem> items, Map<LineItem, List<LineItem>> refs,
            Map<String, Integer> counts) {
        boolean grouped = modules.size() > MODULE_LIMIT;
        Graph g = new Graph();
        Map<String, Integer> node = new HashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        if (grouped) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            modules.forEach(m -> sizes.merge(prefix(m.name()), 1, Integer::sum));
            for (Map.Entry<String, Integer> e : sizes.entrySet()) {
                groups.put(e.getKey(), g.add(new Graph.Node("group:" + e.getKey(), e.getKey() + " … ("
                        + String.format("%,d", e.getValue()) + " modules)", "#modules", "group",
                        e.getValue() + " modules named " + e.getKey() + "…")));
            }
            modules.forEach(m -> node.put(m.id(), groups.get(prefix(m.name()))));
        } else {
            for (Module m : modules) {
                node.put(m.id(), g.add(new Graph.Node(m.id(), m.name(), "#m-" + m.id(), "module",
                        m.name() + ": " + counts.getOrDefault(m.id(), 0) + " line items")));
            }
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (LineItem li : items) {
            Integer to = node.get(li.moduleId());
            for (LineItem source : refs.getOrDefault(li, List.of())) {
                Integer from = node.get(source.moduleId());
                if (from != null && to != null && !from.equals(to) && seen.add(((long) from << 32) | to)) {
                    g.connect(from, to);
                }
            }
        }
        return g;
    }

    /**
     * One module's line items that reference or are referenced, and one node for each other module they reach
     * ({@code external}); line items with no reference at all are left out.
     */
    static Graph lineItems(Module module, List<LineItem> items, Map<LineItem, List<LineItem>> refs,
            Map<LineItem, List<LineItem>> users) {
        Graph g = new Graph();
        Map<LineItem, Integer> node = new HashMap<>();
        Map<String, Integer> external = new HashMap<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (LineItem li : items) {
            if (!refs.getOrDefault(li, List.of()).isEmpty() || !users.getOrDefault(li, List.of()).isEmpty()) {
                node.put(li, g.add(new Graph.Node(li.id(), li.name(), "#li-" + li.id(), "item",
                        li.name() + (li.formula() == null ? "" : " = " + li.formula()))));
            }
        }
        for (LineItem li : items) {
            Integer self = node.get(li);
            if (self == null) {
                continue;
            }
            for (LineItem source : refs.getOrDefault(li, List.of())) {
                int from = source.moduleId().equals(module.id()) ? node.get(source) : external(g, external, source);
                if (seen.add(((long) from << 32) | self)) {
                    g.connect(from, self);
                }
            }
            for (LineItem user : new LinkedHashSet<>(users.getOrDefault(li, List.of()))) {
                if (!user.moduleId().equals(module.id())) {
                    int to = external(g, external, user);
                    if (seen.add(((long) self << 32) | to)) {
                        g.connect(self, to);
                    }
                }
            }
        }
        return g;
    }

    private static int external(Graph g, Map<String, Integer> external, LineItem li) {
        return external.computeIfAbsent(li.moduleId(), id -> g.add(new Graph.Node(id, li.moduleName(),
                "#m-" + id, "external", "module " + li.moduleName())));
    }

    /** The letters a module name starts with: {@code SCL0001 Scale Block} gives {@code SCL}; else its first word. */
    static String prefix(String name) {
        String first = name.strip().split("\\s+", 2)[0];
        int end = 0;
        while (end < first.length() && Character.isLetter(first.charAt(end))) {
            end++;
        }
        return end > 0 && end < first.length() ? first.substring(0, end) : first;
    }
}
