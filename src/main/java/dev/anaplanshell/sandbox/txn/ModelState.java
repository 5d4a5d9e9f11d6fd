package dev.anaplanshell.sandbox.txn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbListDef;
import dev.anaplanshell.sandbox.data.SbListItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbModule;
import dev.anaplanshell.sandbox.data.SbRef;
import dev.anaplanshell.sandbox.data.SbSubsetDef;
import dev.anaplanshell.sandbox.data.SbTxnModel;

/**
 * The live transactional state of one model: its lists (which writes change), written cells, the calendar's fiscal
 * year and current period, its views and its large-volume read requests. Thread-safe.
 */
public final class ModelState {

    public static final String VERSIONS_ID = "20000000020";
    static final String ALL_VERSIONS = "16000000000";
    private static final String[][] VERSIONS = {{"107000000001", "Actual"}, {"107000000002", "Budget"},
        {"107000000003", "Forecast"}};

    private final SbModel model;
    private final SbTxnModel data;
    private final Map<String, ListStore> lists = new LinkedHashMap<>();
    private final Map<String, SbSubsetDef> subsets = new LinkedHashMap<>();
    private final List<ViewDef> views;
    private final Map<String, String> cells = new ConcurrentHashMap<>();
    private final Map<String, Integer> lineItemIndex = new LinkedHashMap<>();
    private final ReadRequests readRequests = new ReadRequests();
    private volatile int fiscalYear;
    private volatile String currentPeriod;
    /** Switchovers set through the API: version id to {@code YYYY-MM}, or "" when reset. */
    private final Map<String, String> switchovers = new ConcurrentHashMap<>();

    ModelState(SbModel model, SbTxnModel data) {
        this.model = model;
        this.data = data;
        int index = 0;
        for (SbListDef def : data.lists()) {
            lists.put(def.id(), new ListStore(def, index++, lists::get));
        }
        data.subsets().forEach(s -> subsets.put(s.id(), s));
        for (int i = 0; i < model.lineItems().size(); i++) {
            lineItemIndex.put(model.lineItems().get(i).id(), i);
        }
        this.fiscalYear = data.fiscalYear();
        this.currentPeriod = data.currentPeriod();
        this.views = ViewDef.forModel(this);
    }

    public SbModel model() {
        return model;
    }

    public List<ListStore> lists() {
        return List.copyOf(lists.values());
    }

    public Optional<ListStore> list(String listId) {
        return Optional.ofNullable(lists.get(listId));
    }

    public List<ViewDef> views() {
        return views;
    }

    public Optional<ViewDef> view(String viewId) {
        return views.stream().filter(v -> v.id().equals(viewId)).findFirst();
    }

    public ReadRequests readRequests() {
        return readRequests;
    }

    public int versionCount() {
        return data.versionCount();
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public void fiscalYear(int year) {
        fiscalYear = year;
    }

    /** {@code YYYY-MM}, or null when unset. */
    public String currentPeriod() {
        return currentPeriod;
    }

    public void currentPeriod(String yearMonth) {
        currentPeriod = yearMonth;
    }

    /** A version's switchover set through the API ({@code YYYY-MM}, "" when reset), or null when never set. */
    public String switchover(String versionId) {
        return switchovers.get(versionId);
    }

    public void switchover(String versionId, String yearMonth) {
        switchovers.put(versionId, yearMonth);
    }

    public List<SbLineItem> lineItems(String moduleId) {
        return model.lineItems().stream().filter(li -> li.moduleId().equals(moduleId)).toList();
    }

    public Optional<SbModule> module(String moduleId) {
        return model.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<SbLineItem> lineItem(String lineItemId) {
        Integer i = lineItemIndex.get(lineItemId);
        return i == null ? Optional.empty() : Optional.of(model.lineItems().get(i));
    }

    int lineItemIndex(SbLineItem li) {
        return lineItemIndex.getOrDefault(li.id(), 0);
    }

    /**
     * A dimension by id as of now: a list, list subset or line-item subset, Time (at the model calendar's months),
     * Versions; empty for anything else.
     */
    public Optional<Dim> dimension(String id) {
        return dimension(id, "Month");
    }

    Optional<Dim> dimension(String id, String timeScale) {
        if (id.equals(TimeAxis.TIME_ID)) {
            return Optional.of(TimeAxis.dimension(fiscalYear, timeScale));
        }
        if (id.equals(VERSIONS_ID)) {
            return Optional.of(versions());
        }
        ListStore list = lists.get(id);
        if (list != null) {
            ListStore.Items items = list.snapshot();
            return Optional.of(new Dim(id, list.def().name(), items.size(), i -> item(items.item().apply(i))));
        }
        SbSubsetDef subset = subsets.get(id);
        if (subset == null) {
            return Optional.empty();
        }
        if (subset.listId() == null || !lists.containsKey(subset.listId())) {
            List<Dim.Item> items = new ArrayList<>();
            for (int i = 0; i < subset.size(); i++) {
                items.add(new Dim.Item(Long.toString(Long.parseLong(subset.id()) * 1000 + i + 1),
                        subset.name() + " " + (i + 1), null));
            }
            return Optional.of(Dim.of(id, subset.name(), items));
        }
        ListStore.Items items = lists.get(subset.listId()).snapshot();
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < items.size() && members.size() < 100_000; i++) {
            if (Boolean.TRUE.equals(items.item().apply(i).subsets().get(subset.name()))) {
                members.add(i);
            }
        }
        return Optional.of(new Dim(id, subset.name(), members.size(), i -> item(items.item().apply(members.get(i)))));
    }

    public Dim versions() {
        List<Dim.Item> items = new ArrayList<>();
        for (int i = 0; i < data.versionCount(); i++) {
            items.add(new Dim.Item(VERSIONS[i][0], VERSIONS[i][1], null));
        }
        return Dim.of(VERSIONS_ID, "Versions", items);
    }

    /** The dimensions of a line item: its lists (appliesTo order), then Time and Versions where they apply. */
    public List<Dim> dimensions(SbLineItem li) {
        List<Dim> dims = new ArrayList<>();
        for (SbRef ref : li.appliesTo()) {
            dims.add(dimension(ref.id()).orElseGet(() -> fallback(ref)));
        }
        if (!"Not Applicable".equals(li.timeScale())) {
            dims.add(TimeAxis.dimension(fiscalYear, li.timeScale()));
        }
        if (li.version() != null && ALL_VERSIONS.equals(li.version().id())) {
            dims.add(versions());
        }
        return dims;
    }

    /** A dimension the data does not know (tags...): five generated items. */
    private static Dim fallback(SbRef ref) {
        List<Dim.Item> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new Dim.Item(Long.toString(Long.parseLong(ref.id()) * 1000 + i + 1), ref.name() + " " + (i + 1),
                    null));
        }
        return Dim.of(ref.id(), ref.name(), items);
    }

    private static Dim.Item item(SbListItem item) {
        return new Dim.Item(item.id(), item.name(), item.code());
    }

    /** A written cell's value, or null. Keys are the line item id and item ids in the line item's dimension order. */
    String writtenCell(String key) {
        return cells.isEmpty() ? null : cells.get(key);
    }

    boolean anyWrittenCells() {
        return !cells.isEmpty();
    }

    void writeCell(String key, String value) {
        cells.put(key, value);
    }
}
