package dev.anaplanshell.sandbox.data;

import java.util.List;

/** Builds the sandbox's demo tenant. Placeholder until the demo model lands. */
public final class DemoData {

    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_PASSWORD = "demo";

    private DemoData() {
    }

    /**
     * @param scaleLineItems line items of the generated scale model, or 0 for no scale model
     */
    public static SbDemoData create(int scaleLineItems) {
        SbUser demo = new SbUser("8a80db657068b2c8017078d3a9bd0004", DEMO_USER, DEMO_PASSWORD, "Demo", "User",
                "8a80db657068b2c8017078d3a9bd0001");
        return new SbDemoData(List.of(demo), List.of(), List.of());
    }
}
