package dev.anaplanshell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ListItem;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.Version;
import dev.anaplanshell.client.model.View;

/** Columns of lists, list items, views, dimensions and versions, for table, CSV and JSON alike. */
public final class TransactionalColumns {

    public static final List<Column<ListInfo>> LISTS = List.of(
            Column.of("id", ListInfo::id),
            Column.of("name", ListInfo::name));

    public static final List<Column<View>> VIEWS = List.of(
            Column.of("id", View::id),
            Column.of("name", View::name),
            Column.of("moduleId", View::moduleId));

    public static final List<Column<DimensionItem>> DIMENSION_ITEMS = List.of(
            Column.of("id", DimensionItem::id),
            Column.of("name", DimensionItem::name),
            Column.of("code", DimensionItem::code));

    public static final List<Column<Version>> VERSIONS = List.of(
            Column.of("id", Version::id),
            Column.of("name", Version::name),
            Column.of("isCurrent", Version::isCurrent),
            Column.of("isActual", Version::isActual),
            Column.of("switchover", Version::switchover),
            Column.of("editFrom", Version::editFrom),
            Column.of("editTo", Version::editTo),
            Column.of("formula", Version::formula),
            Column.of("notes", Version::notes));

    /** A view axis entry: which axis, and the dimension. */
    public record Axis(String axis, NamedRef dimension) {
    }

    public static final List<Column<Axis>> VIEW_AXES = List.of(
            Column.of("axis", Axis::axis),
            Column.of("dimensionId", a -> a.dimension().id()),
            Column.of("dimensionName", a -> a.dimension().name()));

    private TransactionalColumns() {
    }

    /**
     * What {@code lists items} shows: id, name, code, parent, parentId, then one column per property and per subset
     * of the list, named as in the list.
     */
    public static List<Column<ListItem>> listItems(ListMetadata list) {
        List<Column<ListItem>> columns = new ArrayList<>(List.of(
                Column.of("id", ListItem::id),
                Column.of("name", ListItem::name),
                Column.of("code", ListItem::code),
                Column.of("parent", ListItem::parent),
                Column.of("parentId", ListItem::parentId)));
        for (ListMetadata.Property p : list.properties()) {
            columns.add(Column.of(p.name(), (ListItem i) -> i.properties().get(p.name())));
        }
        for (NamedRef s : list.subsets()) {
            columns.add(Column.of(s.name(), (ListItem i) -> i.subsets().get(s.name())));
        }
        return columns;
    }

    /** The fields of a list's metadata, for {@code lists show}: typed (counts are numbers), absent ones null. */
    public static Map<String, Object> fields(ListMetadata m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", m.id());
        fields.put("name", m.name());
        fields.put("itemCount", m.itemCount());
        fields.put("parent", m.parent() == null ? null : m.parent().name());
        fields.put("numberedList", m.numberedList());
        fields.put("properties", m.properties().stream()
                .map(p -> p.format() == null ? p.name() : p.name() + " (" + p.format() + ")").toList());
        fields.put("subsets", m.subsets().stream().map(NamedRef::name).toList());
        fields.put("hasSelectiveAccess", m.hasSelectiveAccess());
        fields.put("productionData", m.productionData());
        return fields;
    }
}
