package dev.anaplanshell.sandbox.bulk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulk definitions every sandbox model gets: the "Products" list and the "SLS01 Sales Actuals" module, two
 * import files, imports into each, three exports (tabular and grid), the "Nightly Load" process chaining them, and
 * two actions; with {@code exportMb > 0} also the generated "Scale Export.csv". Ids follow Anaplan's prefixes
 * (112 import, 113 file, 116 export, 117 action, 118 process) and are the same in every model.
 */
public final class BulkDemo {

    public static final String PRODUCTS_FILE = "113000000000";
    public static final String SALES_FILE = "113000000001";
    public static final String PRODUCTS_IMPORT = "112000000000";
    public static final String SALES_IMPORT = "112000000001";
    public static final String PRODUCTS_EXPORT = "116000000000";
    public static final String SALES_EXPORT = "116000000001";
    public static final String SALES_GRID_EXPORT = "116000000002";
    public static final String SCALE_EXPORT = "116000000099";
    public static final String NIGHTLY_PROCESS = "118000000000";
    public static final String DELETE_ACTION = "117000000000";
    public static final String SORT_ACTION = "117000000001";

    static final List<String> MONTHS = List.of("Jan 25", "Feb 25", "Mar 25", "Apr 25", "May 25", "Jun 25", "Jul 25",
            "Aug 25", "Sep 25", "Oct 25", "Nov 25", "Dec 25");
    private static final List<String> LIST_COLUMNS = List.of("Code", "Name", "Parent");
    private static final List<String> MODULE_COLUMNS = List.of("Products", "Time", "Units", "Revenue");

    private BulkDemo() {
    }

    public static ModelBulk create(Duration taskDuration, int exportMb) {
        BulkList products = products();
        BulkModule sales = new BulkModule("SLS01 Sales Actuals", products, MONTHS, List.of("Units", "Revenue"));
        seedSales(sales);
        ModelBulk m = new ModelBulk(products, sales, taskDuration);
        m.add(new BulkFile(PRODUCTS_FILE, "Products.csv", true, BytesContent.of(new Csv().row(LIST_COLUMNS)
                .row(List.of("P500", "Monitor 27", "HW")).row(List.of("P510", "Keyboard", "HW")).bytes())));
        m.add(new BulkFile(SALES_FILE, "Sales Actuals.csv", true, BytesContent.of(new Csv().row(MODULE_COLUMNS)
                .row(List.of("P100", "Jan 25", "12", "14400")).row(List.of("P300", "Jan 25", "40", "9600")).bytes())));
        m.add(new Definitions.ImportDef(PRODUCTS_IMPORT, "Products from Products.csv", PRODUCTS_FILE, "HIERARCHY_DATA",
                LIST_COLUMNS, Imports.intoList(products)));
        m.add(new Definitions.ImportDef(SALES_IMPORT, "SLS01 Sales Actuals from Sales Actuals.csv", SALES_FILE,
                "MODULE_DATA", MODULE_COLUMNS, Imports.intoModule(sales)));
        m.add(new Definitions.ExportDef(PRODUCTS_EXPORT, "Products.csv", "TABULAR_MULTI_COLUMN",
                List.of("Products", "Code", "Parent"), List.of("ENTITY", "TEXT", "ENTITY"),
                model -> model.list.items().stream().map(i -> List.of(i.name(), i.code(), parentName(model, i))).toList(),
                null));
        m.add(new Definitions.ExportDef(SALES_EXPORT, "Sales Actuals.csv", "TABULAR_MULTI_COLUMN", MODULE_COLUMNS,
                List.of("ENTITY", "TIME_ENTITY", "NUMBER", "NUMBER"), BulkDemo::salesRows, null));
        List<String> gridHeader = new ArrayList<>(List.of("Products"));
        gridHeader.addAll(MONTHS);
        List<String> gridTypes = new ArrayList<>(List.of("ENTITY"));
        MONTHS.forEach(x -> gridTypes.add("NUMBER"));
        m.add(new Definitions.ExportDef(SALES_GRID_EXPORT, "Sales Units Grid.csv", "GRID_CURRENT_PAGE", gridHeader,
                gridTypes, BulkDemo::gridRows, null));
        if (exportMb > 0) {
            m.add(new Definitions.ExportDef(SCALE_EXPORT, ScaleExport.NAME, "TABULAR_MULTI_COLUMN",
                    List.of(ScaleExport.HEADERS), List.of(ScaleExport.DATA_TYPES), null, new ScaleExport(exportMb)));
        }
        m.add(new Definitions.ActionDef(DELETE_ACTION, "Delete Discontinued Products", "DELETE_BY_SELECTION",
                BulkDemo::deleteDiscontinued));
        m.add(new Definitions.ActionDef(SORT_ACTION, "Sort Products", "ORDER_HIERARCHY", model -> {
            model.list.sortByCode();
            return Outcome.ok(SORT_ACTION, "Sort Products", "orderHierarchySucceeded", "Products sorted by code");
        }));
        m.add(new Definitions.ProcessDef(NIGHTLY_PROCESS, "Nightly Load",
                List.of(PRODUCTS_IMPORT, SALES_IMPORT, SALES_EXPORT)));
        return m;
    }

    private static BulkList products() {
        BulkList list = new BulkList("Products");
        list.upsert(new BulkList.Item("HW", "Hardware", ""));
        list.upsert(new BulkList.Item("SW", "Software", ""));
        list.upsert(new BulkList.Item("SV", "Services", ""));
        list.upsert(new BulkList.Item("P100", "Laptop 14", "HW"));
        list.upsert(new BulkList.Item("P110", "Laptop 16", "HW"));
        list.upsert(new BulkList.Item("P200", "Docking Station", "HW"));
        list.upsert(new BulkList.Item("P300", "Office Suite", "SW"));
        list.upsert(new BulkList.Item("P310", "Security Suite", "SW"));
        list.upsert(new BulkList.Item("P400", "Installation", "SV"));
        list.upsert(new BulkList.Item("P410", "Support Plan (Discontinued)", "SV"));
        return list;
    }

    private static void seedSales(BulkModule sales) {
        int n = 0;
        for (BulkList.Item item : sales.rows().leaves()) {
            double price = 100 + 37 * (n++ % 7);
            for (int mo = 0; mo < MONTHS.size(); mo++) {
                int units = 10 + (n * 31 + mo * 17) % 90;
                sales.put(item.code(), MONTHS.get(mo), 0, units);
                sales.put(item.code(), MONTHS.get(mo), 1, units * price);
            }
        }
    }

    private static String parentName(ModelBulk model, BulkList.Item item) {
        return item.parent().isEmpty() ? "" : model.list.find(item.parent()).map(BulkList.Item::name).orElse("");
    }

    private static List<List<String>> salesRows(ModelBulk model) {
        List<List<String>> rows = new ArrayList<>();
        for (BulkList.Item item : model.list.leaves()) {
            for (String month : MONTHS) {
                Double units = model.module.get(item.code(), month, 0);
                Double revenue = model.module.get(item.code(), month, 1);
                if (units != null || revenue != null) {
                    rows.add(List.of(item.code(), month, BulkModule.number(units), BulkModule.number(revenue)));
                }
            }
        }
        return rows;
    }

    private static List<List<String>> gridRows(ModelBulk model) {
        List<List<String>> rows = new ArrayList<>();
        for (BulkList.Item item : model.list.leaves()) {
            List<String> row = new ArrayList<>(List.of(item.name()));
            MONTHS.forEach(month -> row.add(BulkModule.number(model.module.get(item.code(), month, 0))));
            rows.add(row);
        }
        return rows;
    }

    private static Outcome deleteDiscontinued(ModelBulk model) {
        List<BulkList.Item> gone = model.list.items().stream()
                .filter(i -> i.name().toLowerCase(java.util.Locale.ROOT).contains("(discontinued)")).toList();
        gone.forEach(i -> model.list.remove(i.code()));
        model.module.prune();
        return Outcome.ok(DELETE_ACTION, "Delete Discontinued Products", "deleteFromSelectionSucceeded",
                "Products: " + gone.size() + " items deleted");
    }
}
