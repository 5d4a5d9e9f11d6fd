package dev.anaplanshell.sandbox.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the sandbox's demo tenant: one customer, the demo user, the "Acme Planning" workspace with the
 * "FP&A Plan", "Sales Forecast" and "Workforce Plan" models, a development copy "FP&A Plan (DEV)", and
 * optionally a generated "Scale Model".
 * Everything is deterministic: the same call always returns equal data.
 */
public final class DemoData {

    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_PASSWORD = "demo";
    public static final String CUSTOMER_ID = "8a80db657068b2c8017078d3a9bd0001";
    public static final String WORKSPACE_ID = "8a80db657068b2c8017078d3a9bd0010";
    public static final String WORKSPACE_NAME = "Acme Planning";
    /** The Time dimension's id, the same in every model. */
    public static final String TIME_DIMENSION_ID = "20000000003";
    /** The Versions dimension's id, the same in every model. */
    public static final String VERSIONS_DIMENSION_ID = "20000000020";
    public static final String FPA_MODEL = FpaPlanModel.NAME;
    public static final String SALES_MODEL = SalesForecastModel.NAME;
    public static final String WORKFORCE_MODEL = WorkforcePlanModel.NAME;
    public static final String SCALE_MODEL = ScaleModel.NAME;
    /** A copy of the FP&A Plan with planted differences (see {@link FpaPlanDevModel}). */
    public static final String FPA_DEV_MODEL = FpaPlanDevModel.NAME;
    public static final String VOLUME_MODEL = VolumeModel.NAME;

    private static final long WORKSPACE_ALLOWANCE = 10L * 1024 * 1024 * 1024;

    private DemoData() {
    }

    /**
     * @param scaleLineItems line items of the generated scale model, or 0 for no scale model
     */
    public static SbDemoData create(int scaleLineItems) {
        return create(scaleLineItems, 0, 0);
    }

    /**
     * @param volumeListItems items of the "Volume Model"'s list, {@code volumeViewCells} cells of its view; the
     *        model is there when either is above 0 ({@link VolumeModel})
     */
    public static SbDemoData create(int scaleLineItems, int volumeListItems, int volumeViewCells) {
        if (scaleLineItems < 0) {
            throw new IllegalArgumentException("scaleLineItems must be >= 0: " + scaleLineItems);
        }
        SbUser demo = new SbUser("8a80db657068b2c8017078d3a9bd0004", DEMO_USER, DEMO_PASSWORD, "Dana", "Demo",
                CUSTOMER_ID);
        List<SbModel> models = new ArrayList<>();
        models.add(FpaPlanModel.spec().build(WORKSPACE_ID));
        models.add(SalesForecastModel.spec().build(WORKSPACE_ID));
        models.add(WorkforcePlanModel.spec().build(WORKSPACE_ID));
        models.add(FpaPlanDevModel.spec().build(WORKSPACE_ID));
        if (scaleLineItems > 0) {
            models.add(ScaleModel.spec(scaleLineItems).build(WORKSPACE_ID));
        }
        if (volumeListItems > 0 || volumeViewCells > 0) {
            models.add(VolumeModel.spec(volumeListItems, volumeViewCells).build(WORKSPACE_ID));
        }
        long used = models.stream().mapToLong(SbModel::memoryUsage).sum();
        SbWorkspace workspace = new SbWorkspace(WORKSPACE_ID, WORKSPACE_NAME, true, WORKSPACE_ALLOWANCE,
                Math.min(used, WORKSPACE_ALLOWANCE));
        return new SbDemoData(List.of(demo), List.of(workspace), List.copyOf(models));
    }
}
