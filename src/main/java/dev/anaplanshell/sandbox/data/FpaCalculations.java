package dev.anaplanshell.sandbox.data;

/** FP&A Plan: CAL modules (revenue, COGS, opex, people, depreciation, allocations, cash). */
final class FpaCalculations {

    private static final String IS_ACTUAL = "'SYS01 Time Settings'.Is Actual?";
    private static final String DRIVERS = "'INP01 Revenue Drivers'.";

    private FpaCalculations() {
    }

    static void define(FpaPlanModel d) {
        revenueAndMargin(d);
        opexAndPeople(d);
        capexAndCash(d);
    }

    private static void revenueAndMargin(FpaPlanModel d) {
        ModuleSpec rev = d.b.module("CAL01 Revenue").dims(d.products, d.regions);
        rev.heading("Volume");
        rev.calc("Volume Forecast", Fmt.NUMBER, "IF " + IS_ACTUAL + " THEN 'DAT02 Revenue Actuals'.Units Sold ELSE "
                + "OFFSET(Volume Forecast, -12, 0) * (1 + " + DRIVERS + "Volume Growth %) * " + DRIVERS
                + "Seasonality Factor + " + DRIVERS + "New Product Volume").switchover();
        rev.calc("Prior Year Volume", Fmt.NUMBER, "OFFSET(Volume Forecast, -12, 0)");
        rev.heading("Price");
        rev.calc("List Price", Fmt.CURRENCY, "IF " + DRIVERS + "Use Price Override? THEN " + DRIVERS
                + "Price Override ELSE PREVIOUS(List Price) * (1 + " + DRIVERS + "Price Increase %)")
                .summary("Average");
        rev.heading("Revenue");
        rev.calc("Gross Revenue", Fmt.CURRENCY, "Volume Forecast * List Price");
        rev.calc("Discounts", Fmt.COST, "Gross Revenue * " + DRIVERS + "Discount %");
        rev.calc("Returns", Fmt.COST, "Gross Revenue * " + DRIVERS + "Returns %");
        rev.calc("Net Revenue", Fmt.CURRENCY, "Gross Revenue - Discounts - Returns").style("Key Figure")
                .tags(d.boardPack).code("NET_REV");
        rev.calc("Net Revenue PY", Fmt.CURRENCY, "OFFSET(Net Revenue, -12, 0)");
        rev.calc("Growth vs PY %", Fmt.PERCENT, "DIVIDE(Net Revenue - Net Revenue PY, Net Revenue PY)")
                .summary("Formula");
        rev.calc("Net Revenue YTD", Fmt.CURRENCY, "YEARTODATE(Net Revenue)").summary("None");
        rev.calc("Net Revenue FY", Fmt.CURRENCY, "YEARVALUE(Net Revenue)").summary("None");
        rev.calc("Launched?", Fmt.BOOLEAN, "ITEM(Time) >= " + DRIVERS + "Launch Month").summary("Any");

        ModuleSpec cogs = d.b.module("CAL02 COGS").dims(d.products, d.regions);
        cogs.input("Standard Unit Cost", Fmt.CURRENCY).summary("Average").version(ModelBuilder.BUDGET);
        cogs.input("Freight %", Fmt.PERCENT).summary("None");
        cogs.calc("Product COGS", Fmt.COST, "'CAL01 Revenue'.Volume Forecast * Standard Unit Cost");
        cogs.calc("Freight Cost", Fmt.COST, "'CAL01 Revenue'.Net Revenue * Freight %");
        cogs.calc("Total COGS", Fmt.COST, "Product COGS + Freight Cost").total();
        cogs.calc("Gross Margin", Fmt.CURRENCY, "'CAL01 Revenue'.Net Revenue - Total COGS").style("Key Figure");
        cogs.calc("Gross Margin %", Fmt.PERCENT, "DIVIDE(Gross Margin, 'CAL01 Revenue'.Net Revenue)")
                .summary("Formula");
        cogs.calc("Below Margin Target?", Fmt.BOOLEAN,
                "Gross Margin % < 'SYS02 Global Settings'.Default Margin Target").summary("Any");
        cogs.calc("Margin Band", Fmt.TEXT, "IF Gross Margin % >= 0.4 THEN \"High\" ELSE IF Gross Margin % >= 0.2 "
                + "THEN \"Medium\" ELSE \"Low\"");
    }

    private static void opexAndPeople(FpaPlanModel d) {
        ModuleSpec opex = d.b.module("CAL03 Opex").dims(d.costCentres);
        for (String cat : FpaPlanModel.OPEX) {
            opex.calc(cat, Fmt.COST, "'INP02 Opex Drivers'." + cat + " Forecast").parent("Total Opex");
        }
        opex.calc("Zürich Office Allocation", Fmt.COST, "IF ITEM(Cost Centres) = 'INP04 Zürich Office Costs'."
                + "Kostenstelle Zürich THEN 'INP04 Zürich Office Costs'.Total USD ELSE 0").parent("Total Opex");
        opex.calc("People Cost", Fmt.COST, "'CAL04 Headcount Cost'.Total People Cost").parent("Total Opex");
        opex.input("Total Opex", Fmt.COST).summaryParent().tags(d.boardPack);
        opex.calc("Opex vs Budget", Fmt.COST, "Total Opex - Total Opex[SELECT: Versions.Budget]");
        opex.calc("Over Budget?", Fmt.BOOLEAN, "Opex vs Budget > 0").summary("Any");

        ModuleSpec hc = d.b.module("CAL04 Headcount Cost").dims(d.costCentres);
        String salaries = "SYS03 Cost Centre Attributes";
        hc.input("Net Hires", Fmt.FTE).breakback().section();
        hc.calc("Permanent FTE", Fmt.FTE, "IF " + IS_ACTUAL + " THEN 'DAT03 Headcount Actuals'.Permanent FTE "
                + "ELSE PREVIOUS(Permanent FTE) + Net Hires").summary("Average").switchover();
        hc.calc("Headcount – Contractors", Fmt.FTE, "'DAT03 Headcount Actuals'.Headcount – Contractors")
                .summary("Average");
        hc.input("Average Salary", Fmt.CURRENCY).summary("Average").readAccess(salaries, "Can View Salaries?");
        hc.calc("Salary Cost", Fmt.COST, "Permanent FTE * Average Salary / 12").parent("Total People Cost")
                .readAccess(salaries, "Can View Salaries?");
        hc.input("Benefits %", Fmt.PERCENT).summary("None");
        hc.calc("Benefits Cost", Fmt.COST, "Salary Cost * Benefits %").parent("Total People Cost");
        hc.input("Bonus Accrual %", Fmt.PERCENT).summary("None");
        hc.calc("Bonus Accrual", Fmt.COST, "Salary Cost * Bonus Accrual %").parent("Total People Cost");
        hc.input("Contractor Day Rate", Fmt.CURRENCY).summary("Average");
        hc.calc("Contractor Cost", Fmt.COST, "Headcount – Contractors * Contractor Day Rate * "
                + "'SYS01 Time Settings'.Days in Month * 5 / 7").parent("Total People Cost");
        hc.input("Total People Cost", Fmt.COST).summaryParent();
        hc.calc("Cost per FTE", Fmt.CURRENCY,
                "DIVIDE(Total People Cost, Permanent FTE + Headcount – Contractors)").summary("Formula");
    }

    private static void capexAndCash(FpaPlanModel d) {
        ModuleSpec dep = d.b.module("CAL05 Depreciation").dims(d.capexProjects);
        String capex = "'INP03 Capex Requests'.";
        dep.calc("Capex Spend", Fmt.CURRENCY, "IF " + capex + "Ready to Depreciate? AND ITEM(Time) = " + capex
                + "In-Service Month THEN " + capex + "Capex Amount ELSE 0");
        dep.calc("Cumulative Capex", Fmt.CURRENCY, "PREVIOUS(Cumulative Capex) + Capex Spend").summary("None")
                .broughtForward();
        dep.calc("Net Book Value Opening", Fmt.CURRENCY, "PREVIOUS(Net Book Value)").summary("None")
                .broughtForward();
        dep.calc("Monthly Depreciation", Fmt.COST, "IF " + capex + "Useful Life (Years) > 0 THEN MIN(Cumulative "
                + "Capex / (" + capex + "Useful Life (Years) * 12), Net Book Value Opening) ELSE 0");
        dep.calc("Accumulated Depreciation", Fmt.COST, "PREVIOUS(Accumulated Depreciation) + Monthly Depreciation")
                .summary("None");
        dep.calc("Net Book Value", Fmt.CURRENCY, "Cumulative Capex - Accumulated Depreciation").summary("None");
        dep.calc("Fully Depreciated?", Fmt.BOOLEAN, "Cumulative Capex > 0 AND Net Book Value <= 0");
        dep.calc("Cost Centre", Fmt.list(d.costCentres), capex + "Cost Centre").timeScale("Not Applicable");

        ModuleSpec allocation = d.b.module("CAL06 Allocations").dims(d.costCentres);
        allocation.calc("Allocation Driver FTE", Fmt.FTE, "'CAL04 Headcount Cost'.Permanent FTE");
        allocation.calc("Total Driver FTE", Fmt.FTE,
                "Allocation Driver FTE[SELECT: 'Cost Centres'.'All Cost Centres']");
        allocation.calc("Allocation %", Fmt.PERCENT, "DIVIDE(Allocation Driver FTE, Total Driver FTE)")
                .summary("Formula");
        allocation.calc("Shared Cost Pool", Fmt.COST,
                "'CAL03 Opex'.Total Opex[SELECT: 'Cost Centres'.'CC900 Corporate Shared']");
        allocation.calc("Allocated Cost", Fmt.COST, "Shared Cost Pool * Allocation %");
        allocation.calc("Allocation Check", Fmt.CURRENCY,
                "Allocated Cost[SELECT: 'Cost Centres'.'All Cost Centres'] - Shared Cost Pool");
        allocation.calc("Allocation Balanced?", Fmt.BOOLEAN, "ABS(Allocation Check) < 1");

        ModuleSpec cash = d.b.module("CAL07 Cash Flow").dims(d.entities);
        cash.calc("Opening Cash", Fmt.CURRENCY, "PREVIOUS(Closing Cash)").summary("Opening Balance")
                .broughtForward().section();
        cash.calc("Cash Receipts", Fmt.CURRENCY,
                "'CAL01 Revenue'.Net Revenue[SUM: 'SYS07 Region Attributes'.Legal Entity]");
        cash.input("DSO Days", Fmt.NUMBER).summary("Average");
        cash.calc("Collections", Fmt.CURRENCY, "OFFSET(Cash Receipts, -ROUND(DSO Days / 30, 0), 0)");
        cash.calc("Cash Payments", Fmt.COST,
                "'CAL03 Opex'.Total Opex[SUM: 'SYS03 Cost Centre Attributes'.Legal Entity]");
        cash.calc("Net Cash Flow", Fmt.CURRENCY, "Collections - Cash Payments");
        cash.calc("Closing Cash", Fmt.CURRENCY, "Opening Cash + Net Cash Flow").summary("Closing Balance").total();
        cash.input("Minimum Cash Buffer", Fmt.CURRENCY).timeScale("Not Applicable");
        cash.calc("Below Buffer?", Fmt.BOOLEAN, "Closing Cash < Minimum Cash Buffer").summary("Any");
    }
}
