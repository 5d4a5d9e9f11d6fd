package dev.anaplanshell.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.sandbox.data.SbDemoData;
import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbModule;
import dev.anaplanshell.sandbox.data.SbRef;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.data.SbWorkspace;

/** Small tenants for the sandbox's own tests, independent of the demo data. */
final class Fixtures {

    static final String EMAIL = "demo@example.com";
    static final String PASSWORD = "demo";
    static final String USER_ID = "8a80db657068b2c8017078d3a9bd0004";
    static final String CUSTOMER_ID = "8a80db657068b2c8017078d3a9bd0001";

    static final String WS_FINANCE = "8a868cd97c4a2d0a017c4ab7e1f60001";
    static final String WS_SALES = "8a868cd97c4a2d0a017c4ab7e1f60002";
    static final String FPA = "75A40874E6B64FA3AE0743278996850F";
    static final String HR = "75A40874E6B64FA3AE0743278996851A";
    static final String PIPELINE = "75A40874E6B64FA3AE0743278996852B";

    static final String REVENUE_MODULE = "102000000001";
    static final String COSTS_MODULE = "102000000002";
    static final String EMPTY_MODULE = "102000000003";

    private Fixtures() {
    }

    /** Two workspaces, three models; FP&A has three modules (one empty) and four line items. */
    static SbDemoData smallTenant() {
        SbUser demo = new SbUser(USER_ID, EMAIL, PASSWORD, "Demo", "User", CUSTOMER_ID);
        List<SbWorkspace> workspaces = List.of(
                new SbWorkspace(WS_FINANCE, "Finance", true, 10_737_418_240L, 2_147_483_648L),
                new SbWorkspace(WS_SALES, "Sales", true, 5_368_709_120L, 1_073_741_824L));
        List<SbModule> modules = List.of(new SbModule(REVENUE_MODULE, "REV01 Revenue"),
                new SbModule(COSTS_MODULE, "COS01 Costs"), new SbModule(EMPTY_MODULE, "SYS01 Empty"));
        List<SbLineItem> items = new ArrayList<>();
        items.add(fullLineItem());
        items.add(bareLineItem("206000000001", "Price", REVENUE_MODULE, "REV01 Revenue"));
        items.add(bareLineItem("206000000002", "Revenue", REVENUE_MODULE, "REV01 Revenue"));
        items.add(bareLineItem("206000000003", "Salaries", COSTS_MODULE, "COS01 Costs"));
        List<SbModel> models = List.of(
                new SbModel(FPA, "FP&A Plan", "UNLOCKED", WS_FINANCE, 163_950_621L, "2024-01-15T09:30:00.000+0000",
                        "2025-06-01T12:00:00.000+0000", modules, items),
                new SbModel(HR, "HR Planning", "PRODUCTION", WS_FINANCE, 52_000_000L, null, null, List.of(), List.of()),
                new SbModel(PIPELINE, "Pipeline", "ARCHIVED", WS_SALES, 0L, "2023-03-01T00:00:00.000+0000",
                        "2023-04-01T00:00:00.000+0000", List.of(), List.of()));
        return new SbDemoData(List.of(demo), workspaces, models);
    }

    /** Every optional field set, as in Anaplan's documented {@code includeAll=true} example. */
    static SbLineItem fullLineItem() {
        Map<String, Object> format = new LinkedHashMap<>();
        format.put("dataType", "NUMBER");
        format.put("minimumSignificantDigits", 4);
        format.put("decimalPlaces", 2);
        format.put("negativeNumberNotation", "MINUS_SIGN");
        format.put("unitsType", "NONE");
        format.put("unitsDisplayType", "NONE");
        format.put("zeroFormat", "ZERO");
        format.put("comparisonIncrease", "GOOD");
        format.put("groupingSeparator", "COMMA");
        format.put("decimalSeparator", "FULL_STOP");
        SbRef price = new SbRef("206000000001", "Price");
        return new SbLineItem("206000000000", "Units", REVENUE_MODULE, "REV01 Revenue", "NUMBER", format,
                "Price * 2", "Sum", List.of(new SbRef("101000000001", "Products"), new SbRef("20000000003", "Time")),
                List.of(new SbRef("127000000000", "Input")), List.of(new SbRef("206000000002", "Revenue")), price,
                price, price, new SbRef("107000000001", "Actual"), "Month", "FY24", "All Versions", "Normal", 96,
                "Units sold", "UNITS", false, true, true, false, true);
    }

    static SbLineItem bareLineItem(String id, String name, String moduleId, String moduleName) {
        return new SbLineItem(id, name, moduleId, moduleName, "NUMBER", Map.of("dataType", "NUMBER"), null, "Sum",
                List.of(), List.of(), List.of(), null, null, null, null, "Month", null, "All Versions", "Normal",
                null, null, null, false, false, false, false, false);
    }
}
