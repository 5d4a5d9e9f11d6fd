package dev.anaplanshell.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.NamedRef;
import tools.jackson.databind.JsonNode;

/**
 * Compares the line items of two models, matched by module name and line-item name (IDs differ between models
 * that are not copies). A line item missing on one side and added on the other in the same module with the same
 * ID (a copy's line item renamed) is reported as {@code renamed}. Compared are the fields a model builder
 * edits; {@code id}, {@code moduleId}, {@code referencedBy} and {@code cellCount} are derived and are not.
 */
public final class ModelDiff {

    /** The compared fields, by the names {@code lineitems export} gives them. */
    static final Map<String, Function<LineItem, Object>> FIELDS = fields();

    private ModelDiff() {
    }

    /**
     * @param oldModules module names of the model compared against, in model order
     * @param newModules module names of the model being compared
     * @return the differences, module by module in the new model's order, then modules only in the old one
     */
    public static List<Change> compare(List<String> oldModules, Collection<LineItem> oldItems,
            List<String> newModules, Collection<LineItem> newItems) {
        Map<String, Map<String, LineItem>> before = byModule(oldItems);
        Map<String, Map<String, LineItem>> after = byModule(newItems);
        Set<String> modules = new LinkedHashSet<>(newModules);
        modules.addAll(after.keySet());
        modules.addAll(oldModules);
        modules.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String module : modules) {
            boolean inOld = oldModules.contains(module) || before.containsKey(module);
            boolean inNew = newModules.contains(module) || after.containsKey(module);
            if (!inOld || !inNew) {
                changes.add(new Change(inNew ? Change.ADDED : Change.REMOVED, module, "", "module", "", ""));
            }
            compareModule(module, before.getOrDefault(module, Map.of()), after.getOrDefault(module, Map.of()),
                    changes);
        }
        return changes;
    }

    private static void compareModule(String module, Map<String, LineItem> before, Map<String, LineItem> after,
            List<Change> changes) {
        Map<String, LineItem> removedById = new LinkedHashMap<>();
        before.values().stream().filter(li -> !after.containsKey(li.name()))
                .forEach(li -> removedById.put(li.id(), li));
        for (LineItem now : after.values()) {
            LineItem was = before.get(now.name());
            if (was == null && now.id() != null && removedById.containsKey(now.id())) {
                was = removedById.remove(now.id());
                changes.add(new Change(Change.RENAMED, module, now.name(), "name", was.name(), now.name()));
            }
            if (was == null) {
                changes.add(new Change(Change.ADDED, module, now.name(), "", "", ""));
                continue;
            }
            for (Map.Entry<String, Function<LineItem, Object>> field : FIELDS.entrySet()) {
                String old = text(field.getValue().apply(was));
                String neu = text(field.getValue().apply(now));
                if (!old.equals(neu)) {
                    changes.add(new Change(Change.CHANGED, module, now.name(), field.getKey(), old, neu));
                }
            }
        }
        removedById.values().forEach(li -> changes.add(new Change(Change.REMOVED, module, li.name(), "", "", "")));
    }

    private static Map<String, Map<String, LineItem>> byModule(Collection<LineItem> items) {
        Map<String, Map<String, LineItem>> result = new LinkedHashMap<>();
        for (LineItem li : items) {
            result.computeIfAbsent(li.moduleName(), k -> new LinkedHashMap<>()).putIfAbsent(li.name(), li);
        }
        return result;
    }

    /** A field as text: references by name, lists joined by {@code ;}, JSON compact, absent as empty. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof NamedRef ref) {
            return Objects.requireNonNullElse(ref.name(), "");
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ModelDiff::text).collect(Collectors.joining(";"));
        }
        if (value instanceof JsonNode node) {
            return node.isMissingNode() || node.isNull() ? "" : node.toString();
        }
        return value.toString();
    }

    private static Map<String, Function<LineItem, Object>> fields() {
        Map<String, Function<LineItem, Object>> f = new LinkedHashMap<>();
        f.put("formula", LineItem::formula);
        f.put("format", LineItem::format);
        f.put("formatMetadata", LineItem::formatMetadata);
        f.put("summary", LineItem::summary);
        f.put("appliesTo", LineItem::appliesTo);
        f.put("timeScale", LineItem::timeScale);
        f.put("timeRange", LineItem::timeRange);
        f.put("version", LineItem::version);
        f.put("isSummary", LineItem::isSummary);
        f.put("formulaScope", LineItem::formulaScope);
        f.put("useSwitchover", LineItem::useSwitchover);
        f.put("breakback", LineItem::breakback);
        f.put("broughtForward", LineItem::broughtForward);
        f.put("startOfSection", LineItem::startOfSection);
        f.put("style", LineItem::style);
        f.put("code", LineItem::code);
        f.put("notes", LineItem::notes);
        f.put("parent", LineItem::parent);
        f.put("dataTags", LineItem::dataTags);
        f.put("readAccessDriver", LineItem::readAccessDriver);
        f.put("writeAccessDriver", LineItem::writeAccessDriver);
        return Collections.unmodifiableMap(f);
    }
}
