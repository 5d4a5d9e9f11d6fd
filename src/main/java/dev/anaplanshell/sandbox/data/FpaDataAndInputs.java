package dev.anaplanshell.sandbox.data;

/** FP&A Plan: DAT modules (loaded actuals) and INP modules (planning inputs). */
final class FpaDataAndInputs {

    private static final String ACTUALS_RANGE = "FY22-FY24";
    private static final String IS_ACTUAL = "'SYS01 Time Settings'.Is Actual?";

    private FpaDataAndInputs() {
    }

    static void define(FpaPlanModel d) {
        data(d);
        inputs(d);
    }

    private static void data(FpaPlanModel d) {
        ModelBuilder b = d.b;
        ModuleSpec gl = b.module("DAT01 GL Actuals").dims(d.accounts, d.costCentres).range(ACTUALS_RANGE)
                .version(ModelBuilder.ACTUAL);
        gl.input("Amount LC", Fmt.CURRENCY).tags(d.audit).notes("Loaded nightly from the ERP trial balance.");
        gl.calc("Local Currency", Fmt.list(d.currencies), "'SYS03 Cost Centre Attributes'.Local Currency");
        gl.calc("FX Rate", Fmt.DECIMAL, "'SYS05 FX Rates'.Actual Rate[LOOKUP: Local Currency]").summary("None");
        gl.calc("Amount USD", Fmt.CURRENCY, "Amount LC * FX Rate");
        gl.calc("Signed Amount", Fmt.CURRENCY, "Amount USD * 'SYS04 Account Mapping'.Sign");
        gl.input("Journal Count", Fmt.NUMBER);
        gl.input("Last Posting Date", Fmt.DATE);
        gl.input("Source System", Fmt.TEXT).notes("SAP S/4HANA via the Data Hub");
        gl.input("Load Batch ID", Fmt.TEXT).tags(d.erp);
        gl.calc("Has Data?", Fmt.BOOLEAN, "Amount LC <> 0").summary("Any");

        ModuleSpec rev = b.module("DAT02 Revenue Actuals").dims(d.products, d.regions).range(ACTUALS_RANGE)
                .version(ModelBuilder.ACTUAL);
        rev.input("Units Sold", Fmt.NUMBER);
        rev.input("Gross Sales", Fmt.CURRENCY);
        rev.input("Discounts", Fmt.COST);
        rev.input("Returns", Fmt.COST);
        rev.calc("Net Sales", Fmt.CURRENCY, "Gross Sales - Discounts - Returns").total();
        rev.calc("Average Selling Price", Fmt.CURRENCY, "DIVIDE(Gross Sales, Units Sold)").summary("Formula");
        rev.input("Order Count", Fmt.NUMBER);
        rev.input("Customer Count", Fmt.NUMBER).summary("Max");
        rev.calc("Loaded?", Fmt.BOOLEAN, "Units Sold <> 0 OR Gross Sales <> 0").summary("Any");

        ModuleSpec hc = b.module("DAT03 Headcount Actuals").dims(d.costCentres).range(ACTUALS_RANGE)
                .version(ModelBuilder.ACTUAL);
        hc.input("Permanent FTE", Fmt.FTE).summary("Average");
        hc.input("Headcount – Contractors", Fmt.FTE).summary("Average");
        hc.calc("Total FTE", Fmt.FTE, "Permanent FTE + Headcount – Contractors").summary("Average");
        hc.input("Salary Cost", Fmt.COST).readAccess("SYS03 Cost Centre Attributes", "Can View Salaries?");
        hc.input("Benefits Cost", Fmt.COST);
        hc.input("Contractor Cost", Fmt.COST);
        hc.calc("Total People Cost", Fmt.COST, "Salary Cost + Benefits Cost + Contractor Cost").total();
        hc.calc("Average Cost per FTE", Fmt.CURRENCY, "DIVIDE(Total People Cost, Total FTE)").summary("Formula");

        ModuleSpec load = b.module("DAT04 Product Load").dims(d.productLoad).time("Not Applicable");
        load.input("Product Code", Fmt.TEXT).tags(d.erp);
        load.input("Product Name", Fmt.TEXT);
        load.calc("Product", Fmt.list(d.products), "FINDITEM(Products, Product Code)");
        load.calc("Valid?", Fmt.BOOLEAN, "NOT ISBLANK(Product)");
        load.calc("Error Message", Fmt.TEXT,
                "IF Valid? THEN \"\" ELSE \"Unknown product code \" & Product Code");
        load.input("Launch Date", Fmt.DATE);
        load.calc("Launch Month", Fmt.MONTH, "PERIOD(Launch Date)");
    }

    private static void inputs(FpaPlanModel d) {
        ModelBuilder b = d.b;
        ModuleSpec drv = b.module("INP01 Revenue Drivers").dims(d.activeProducts, d.regions);
        drv.input("Volume Growth %", Fmt.PERCENT).summary("None").switchover();
        drv.input("Price Increase %", Fmt.PERCENT).summary("None");
        drv.input("Discount %", Fmt.PERCENT).summary("None");
        drv.input("Returns %", Fmt.PERCENT).summary("None");
        drv.input("Seasonality Factor", Fmt.DECIMAL).summary("Average");
        drv.input("New Product Volume", Fmt.NUMBER).breakback();
        drv.input("Price Override", Fmt.CURRENCY).summary("None");
        drv.calc("Use Price Override?", Fmt.BOOLEAN, "Price Override > 0");
        drv.input("Launch Month", Fmt.MONTH).appliesTo(d.products).timeScale("Not Applicable");
        drv.input("Driver Comment", Fmt.TEXT);
        drv.input("Driver Owner", Fmt.EMAIL).timeScale("Not Applicable");

        ModuleSpec opex = b.module("INP02 Opex Drivers").dims(d.opexCentres);
        for (int i = 0; i < FpaPlanModel.OPEX.length; i++) {
            String cat = FpaPlanModel.OPEX[i];
            opex.heading(cat).style("Heading 2");
            opex.calc(cat + " Actual", Fmt.COST,
                    "'DAT01 GL Actuals'.Amount USD[SELECT: Accounts.'" + FpaPlanModel.OPEX_ACCOUNTS[i] + "']");
            LineItemSpec plan = opex.input(cat + " Plan", Fmt.COST).breakback()
                    .writeAccess("SYS03 Cost Centre Attributes", "Budget Holder Can Edit?");
            if (i % 3 == 0) {
                plan.notes("Budget holders enter the annual amount; breakback spreads it by month.");
            }
            opex.calc(cat + " Forecast", Fmt.COST, "IF " + IS_ACTUAL + " THEN " + cat + " Actual ELSE " + cat
                    + " Plan * (1 + 'SYS02 Global Settings'.Inflation Rate / 12)")
                    .switchover().parent("Total Opex Forecast");
        }
        opex.input("Total Opex Forecast", Fmt.COST).summaryParent().code("OPEX_TOTAL");

        ModuleSpec capex = b.module("INP03 Capex Requests").dims(d.capexProjects).time("Not Applicable");
        capex.input("Project Owner", Fmt.EMAIL);
        capex.input("Asset Class", Fmt.list(d.assetClasses));
        capex.input("Cost Centre", Fmt.list(d.costCentres));
        capex.input("Request Date", Fmt.DATE);
        capex.input("In-Service Month", Fmt.MONTH);
        capex.input("Capex Amount", Fmt.CURRENCY).tags(d.audit);
        capex.input("Useful Life (Years)", Fmt.NUMBER).summary("None");
        capex.input("Approved?", Fmt.BOOLEAN).writeAccess("SYS03 Cost Centre Attributes", "Budget Holder Can Edit?");
        capex.input("Business Case", Fmt.URL);
        capex.input("Priority Score", Fmt.NUMBER).summary("None");
        capex.input("Comments", Fmt.TEXT);
        capex.calc("Ready to Depreciate?", Fmt.BOOLEAN, "Approved? AND NOT ISBLANK(In-Service Month)");

        ModuleSpec zurich = b.module("INP04 Zürich Office Costs");
        zurich.input("Rent CHF", Fmt.CHF).section();
        zurich.input("Service Charges CHF", Fmt.CHF);
        zurich.input("Utilities CHF", Fmt.CHF);
        zurich.input("Cleaning & Security CHF", Fmt.CHF);
        zurich.calc("Total CHF", Fmt.CHF,
                "Rent CHF + Service Charges CHF + Utilities CHF + Cleaning & Security CHF").total();
        zurich.calc("CHF/USD Rate", Fmt.DECIMAL, "'SYS05 FX Rates'.Rate Used[SELECT: Currencies.CHF]")
                .summary("Average");
        zurich.calc("Total USD", Fmt.CURRENCY, "Total CHF * CHF/USD Rate").total();
        zurich.input("Kostenstelle Zürich", Fmt.list(d.costCentres)).timeScale("Not Applicable");
        zurich.input("Lease Expiry", Fmt.DATE).timeScale("Not Applicable")
                .notes("Mietvertrag Bahnhofstrasse: Kündigungsfrist 6 Monate.");
        zurich.input("Bemerkungen", Fmt.TEXT);
    }
}
