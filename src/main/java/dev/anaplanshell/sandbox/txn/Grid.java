package dev.anaplanshell.sandbox.txn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.http.ApiException;

/**
 * A view's cells frozen for one request: the dimensions on pages, rows and columns, the selected page items, and
 * the value at any row and column. Not thread-safe: one request, one grid.
 */
public final class Grid {

    private final ModelState state;
    private final ViewDef view;
    private final Dim[] all;
    private final int pageCount;
    private final int rowCount;
    private final int[] index;
    private final List<SbLineItem> lineItems;
    private final List<List<Dim>> liDims = new ArrayList<>();
    private final List<int[]> liPositions = new ArrayList<>();
    private final int lineItemPos;
    private final CellValues values;
    private final long rows;
    private final long columns;

    /** @param pages selected page items, dimension id to item id; dimensions not given show their first item */
    public Grid(ModelState state, ViewDef view, Map<String, String> pages) {
        this.state = state;
        this.view = view;
        this.lineItems = state.lineItems(view.moduleId());
        String timeScale = lineItems.stream().map(SbLineItem::timeScale).filter(t -> !"Not Applicable".equals(t))
                .findFirst().orElse("Month");
        List<Dim> dims = new ArrayList<>();
        for (List<String> axis : List.of(view.pages(), view.rows(), view.columns())) {
            for (String id : axis) {
                dims.add(id.equals(Dim.LINE_ITEMS_ID) ? lineItemsDim()
                        : state.dimension(id, timeScale).orElseThrow(ApiException::notFound));
            }
        }
        this.all = dims.toArray(Dim[]::new);
        this.pageCount = view.pages().size();
        this.rowCount = view.rows().size();
        this.index = new int[all.length];
        for (Map.Entry<String, String> selector : pages.entrySet()) {
            int pos = view.pages().indexOf(selector.getKey());
            if (pos < 0) {
                throw ApiException.badRequest("Invalid page selector [" + selector.getKey() + "]");
            }
            int item = all[pos].indexOfId(selector.getValue());
            if (item < 0) {
                throw ApiException.badRequest("Invalid page selector [" + selector.getKey() + ":" + selector.getValue()
                        + "]");
            }
            index[pos] = item;
        }
        int li = -1;
        for (int i = 0; i < all.length; i++) {
            if (all[i].id().equals(Dim.LINE_ITEMS_ID)) {
                li = i;
            }
        }
        this.lineItemPos = li;
        for (SbLineItem item : lineItems) {
            List<Dim> own = state.dimensions(item);
            int[] positions = new int[own.size()];
            for (int k = 0; k < own.size(); k++) {
                positions[k] = -1;
                for (int i = 0; i < all.length; i++) {
                    if (all[i].id().equals(own.get(k).id())) {
                        positions[k] = i;
                    }
                }
            }
            liDims.add(own);
            liPositions.add(positions);
        }
        this.values = new CellValues(state);
        this.rows = product(pageCount, pageCount + rowCount);
        this.columns = product(pageCount + rowCount, all.length);
    }

    private Dim lineItemsDim() {
        List<SbLineItem> items = state.lineItems(view.moduleId());
        return new Dim(Dim.LINE_ITEMS_ID, "Line Items", items.size(),
                i -> new Dim.Item(items.get(i).id(), items.get(i).name(), items.get(i).code()));
    }

    public ViewDef view() {
        return view;
    }

    public long rows() {
        return rows;
    }

    public long columns() {
        return columns;
    }

    /** Cells of the selected page. */
    public long cells() {
        return rows * columns;
    }

    /** Combinations of page items. */
    public long pageCombinations() {
        return product(0, pageCount);
    }

    public List<Dim> pageDims() {
        return List.of(all).subList(0, pageCount);
    }

    public List<Dim> rowDims() {
        return List.of(all).subList(pageCount, pageCount + rowCount);
    }

    public List<Dim> columnDims() {
        return List.of(all).subList(pageCount + rowCount, all.length);
    }

    /** Selects the {@code combination}-th page (the last page dimension moves fastest). */
    public void selectPage(long combination) {
        decompose(combination, 0, pageCount);
    }

    /** Names of the selected page items. */
    public List<String> pageLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            labels.add(all[i].item(index[i]).name());
        }
        return labels;
    }

    /** Moves to row {@code r} and returns its labels, one per row dimension. */
    public String[] row(long r) {
        decompose(r, pageCount, pageCount + rowCount);
        String[] labels = new String[rowCount];
        for (int i = 0; i < rowCount; i++) {
            labels[i] = all[pageCount + i].item(index[pageCount + i]).name();
        }
        return labels;
    }

    /** Labels of column {@code c}, one per column dimension. */
    public String[] column(long c) {
        int[] saved = index.clone();
        decompose(c, pageCount + rowCount, all.length);
        String[] labels = new String[all.length - pageCount - rowCount];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = all[pageCount + rowCount + i].item(index[pageCount + rowCount + i]).name();
        }
        System.arraycopy(saved, 0, index, 0, index.length);
        return labels;
    }

    /** The cell at column {@code c} of the current row ({@link #row}). */
    public String cell(long c) {
        decompose(c, pageCount + rowCount, all.length);
        int li = lineItemPos < 0 ? 0 : index[lineItemPos];
        if (lineItems.isEmpty()) {
            return "";
        }
        int[] positions = liPositions.get(li);
        int[] own = new int[positions.length];
        for (int k = 0; k < positions.length; k++) {
            own[k] = positions[k] < 0 ? 0 : index[positions[k]];
        }
        return values.value(lineItems.get(li), liDims.get(li), own);
    }

    private void decompose(long value, int from, int to) {
        long v = value;
        for (int i = to - 1; i >= from; i--) {
            int size = Math.max(1, all[i].size());
            index[i] = (int) (v % size);
            v /= size;
        }
    }

    private long product(int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p *= all[i].size();
        }
        return p;
    }
}
