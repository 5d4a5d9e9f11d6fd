package dev.anaplanshell.session;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.View;

import org.springframework.stereotype.Component;

/**
 * Names inside the current model: lists, views, line items and dimensions, from the session's {@link Catalog},
 * resolved case-insensitively with did-you-mean through {@link NameResolver}.
 */
@Component
public class ModelNames {

    /** The Versions dimension, the same in every model. */
    public static final DimensionItem VERSIONS = new DimensionItem("20000000020", "Versions", null);
    private final Session session;
    private final Catalog catalog;

    public ModelNames(Session session, Catalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    public List<ListInfo> lists() {
        session.requireConnection();
        return catalog.lists(session.requireModel().id());
    }

    public List<View> views() {
        session.requireConnection();
        return catalog.views(session.requireModel().id());
    }

    public List<LineItem> lineItems() {
        session.requireConnection();
        return catalog.lineItems(session.requireModel().id());
    }

    /** Dimensions that can be named at model level: the lists and Versions. */
    public List<DimensionItem> dimensions() {
        List<DimensionItem> dims = new ArrayList<>();
        lists().forEach(l -> dims.add(new DimensionItem(l.id(), l.name(), null)));
        dims.add(VERSIONS);
        return dims;
    }

    public ListInfo list(String nameOrId) {
        return NameResolver.resolve("List", nameOrId, lists(), ListInfo::id, ListInfo::name, where());
    }

    public View view(String nameOrId) {
        return NameResolver.resolve("View", nameOrId, views(), View::id, View::name, where());
    }

    public LineItem lineItem(String nameOrId) {
        return NameResolver.resolve("Line item", nameOrId, lineItems(), LineItem::id, LineItem::name, where());
    }

    /** A list or Versions by name or ID; any other all-digit ID (a subset...) is taken as it is. */
    public DimensionItem dimension(String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        if (wanted.matches("\\d{11,13}") && dimensions().stream().noneMatch(d -> d.id().equals(wanted))) {
            return new DimensionItem(wanted, wanted, null);
        }
        return NameResolver.resolve("Dimension", wanted, dimensions(), DimensionItem::id, DimensionItem::name, where());
    }

    /** Forgets the names, e.g. after a write. */
    public void invalidate() {
        catalog.invalidate();
    }

    private String where() {
        return "in model '" + session.requireModel().name() + "'";
    }
}
