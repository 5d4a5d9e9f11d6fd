package dev.anaplanshell.sandbox.txn;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModule;

/**
 * A view: its id, name, module and the dimension ids on rows, columns and pages. Every module has a default view
 * (id and name of the module): lists on rows; Time on columns when the module has time, else the line items;
 * the line items (with time) and Versions (when it applies) on pages.
 */
public record ViewDef(String id, String name, String moduleId, List<String> rows, List<String> columns,
        List<String> pages) {

    static List<ViewDef> forModel(ModelState state) {
        List<ViewDef> views = new ArrayList<>();
        for (SbModule module : state.model().modules()) {
            List<SbLineItem> items = state.lineItems(module.id());
            SbLineItem first = items.stream().filter(li -> !li.format().equals("NONE")).findFirst()
                    .orElse(items.isEmpty() ? null : items.get(0));
            if (first == null) {
                continue;
            }
            List<String> lists = first.appliesTo().stream().map(r -> r.id()).toList();
            boolean timed = !"Not Applicable".equals(first.timeScale());
            boolean versions = items.stream().anyMatch(li -> li.version() != null
                    && ModelState.ALL_VERSIONS.equals(li.version().id()));
            List<String> rows = new ArrayList<>(lists);
            List<String> columns = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            if (rows.isEmpty()) {
                rows.add(Dim.LINE_ITEMS_ID);
                if (timed) {
                    columns.add(TimeAxis.TIME_ID);
                }
            } else if (timed) {
                columns.add(TimeAxis.TIME_ID);
                pages.add(Dim.LINE_ITEMS_ID);
            } else {
                columns.add(Dim.LINE_ITEMS_ID);
            }
            if (versions) {
                pages.add(ModelState.VERSIONS_ID);
            }
            views.add(new ViewDef(module.id(), module.name(), module.id(), List.copyOf(rows), List.copyOf(columns),
                    List.copyOf(pages)));
        }
        return List.copyOf(views);
    }
}
