package dev.anaplanshell.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.View;

import org.springframework.stereotype.Component;

/**
 * Names inside the current model: lists, views, line items and dimensions, cached for 60 s like {@link Catalog},
 * resolved case-insensitively with did-you-mean through {@link NameResolver}.
 */
@Component
public class ModelNames {

    /** The Versions dimension, the same in every model. */
    public static final DimensionItem VERSIONS = new DimensionItem("20000000020", "Versions", null);
    static final Duration TTL = Duration.ofSeconds(60);

    private final AnaplanClient client;
    private final Session session;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public ModelNames(AnaplanClient client, Session session) {
        this.client = client;
        this.session = session;
    }

    public List<ListInfo> lists() {
        String model = session.requireModel().id();
        return cached("lists:" + model, () -> client.lists().list(model).toList());
    }

    public List<View> views() {
        String model = session.requireModel().id();
        return cached("views:" + model, () -> client.views().list(model).toList());
    }

    public List<LineItem> lineItems() {
        String model = session.requireModel().id();
        return cached("lineItems:" + model, () -> client.lineItems().list(model).toList());
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

    /** Forgets the current model's names, e.g. after a write. */
    public void invalidate() {
        entries.clear();
    }

    private String where() {
        return "in model '" + session.requireModel().name() + "'";
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, Supplier<List<T>> load) {
        session.requireConnection();
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || entry.loadedAt().plus(TTL).isBefore(now)) {
            entry = new Entry(List.copyOf(load.get()), now);
            entries.put(key, entry);
        }
        return (List<T>) entry.values();
    }

    private record Entry(List<?> values, Instant loadedAt) {
    }
}
