package dev.anaplanshell.sandbox.data;

/**
 * "Scale Model": a generated model with an exact number of line items, 100 per module, for paging and
 * performance tests. Formulas chain items within a module and link each module to the previous one.
 */
final class ScaleModel {

    static final String ID = "9F3B2C8D7E6A4B5C8D9E0F1A2B3C4D5E";
    static final String NAME = "Scale Model";
    static final int ITEMS_PER_MODULE = 100;

    private ScaleModel() {
    }

    static ModelBuilder spec(int lineItems) {
        ModelBuilder b = new ModelBuilder(ID, NAME, 10).versions(1)
                .dates("2025-01-20T10:00:00.000+0000", "2025-01-20T10:00:00.000+0000");
        SbRef items = b.list("Scale Items", 10);
        String previous = null;
        for (int start = 0; start < lineItems; start += ITEMS_PER_MODULE) {
            String name = String.format("SCL%04d Scale Block", start / ITEMS_PER_MODULE + 1);
            ModuleSpec module = b.module(name).dims(items);
            int count = Math.min(ITEMS_PER_MODULE, lineItems - start);
            for (int i = 1; i <= count; i++) {
                String item = itemName(i);
                int source = (i - 1) % 25 == 0 ? i - 2 : i - 1;
                if (i % 10 == 1) {
                    module.input(item, Fmt.NUMBER);
                } else if (i == 50 && previous != null) {
                    module.calc(item, Fmt.NUMBER, "'" + previous + "'." + item + " * 1.02");
                } else if (i % 25 == 0) {
                    module.calc(item, Fmt.BOOLEAN, itemName(source) + " > 0");
                } else {
                    module.calc(item, Fmt.NUMBER, itemName(source) + " * 1.05");
                }
            }
            previous = name;
        }
        return b;
    }

    private static String itemName(int i) {
        return String.format("Item %03d", i);
    }
}
