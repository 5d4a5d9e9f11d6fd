package dev.anaplanshell.sandbox.data;

/**
 * "Volume Model": a generated model for large-volume reads. {@code --sandbox-list-items N} gives it the list
 * "Volume Items" of N items; {@code --sandbox-view-cells N} the module "VOL01 Volume Data" on the list
 * "Volume Rows", with {@value #VALUES} number line items on columns and N / {@value #VALUES} rows (rounded up),
 * so its default view has N cells (or up to 9 more). Items are generated as they are served.
 */
final class VolumeModel {

    static final String ID = "5A1B7C3D9E2F4A6B8C0D1E3F5A7B9C2D";
    static final String NAME = "Volume Model";
    static final String ITEMS_LIST = "Volume Items";
    static final String ROWS_LIST = "Volume Rows";
    static final int VALUES = 10;

    private VolumeModel() {
    }

    static ModelBuilder spec(int listItems, int viewCells) {
        ModelBuilder b = new ModelBuilder(ID, NAME, 11).versions(1)
                .dates("2025-02-03T10:00:00.000+0000", "2025-02-03T10:00:00.000+0000");
        SbRef items = listItems > 0 ? b.list(ITEMS_LIST, listItems) : null;
        SbRef rows = viewCells > 0 ? b.list(ROWS_LIST, rows(viewCells)) : null;
        if (rows != null) {
            ModuleSpec data = b.module("VOL01 Volume Data").dims(rows).time("Not Applicable")
                    .version(ModelBuilder.ACTUAL);
            for (int i = 1; i <= VALUES; i++) {
                data.input(String.format("Value %02d", i), Fmt.NUMBER);
            }
        }
        if (items != null) {
            b.module("VOL02 Volume Item Attributes").dims(items).time("Not Applicable")
                    .version(ModelBuilder.ACTUAL).input("Weight", Fmt.DECIMAL);
        }
        return b;
    }

    static int rows(int viewCells) {
        return (int) (((long) viewCells + VALUES - 1) / VALUES);
    }
}
