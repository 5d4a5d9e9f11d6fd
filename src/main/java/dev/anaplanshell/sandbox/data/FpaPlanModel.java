package dev.anaplanshell.sandbox.data;

/**
 * "FP&A Plan": the largest demo model, a financial planning model built the way Anaplan model builders lay
 * them out (SYS settings, DAT actuals, INP drivers, CAL calculations, REP reports, OUT exports). This class
 * declares the lists and the SYS modules; {@link FpaDataAndInputs}, {@link FpaCalculations} and
 * {@link FpaReports} add the rest.
 */
final class FpaPlanModel {

    static final String ID = "7D6F1A0C93B24E58A1F40C2D9E8B3A61";
    static final String NAME = "FP&A Plan";

    /** Opex categories and their GL accounts, planned line by line in INP02 and CAL03. */
    static final String[] OPEX = {"Travel", "Software & Subscriptions", "Marketing Programs", "Professional Fees",
        "Rent & Facilities", "Training", "Recruitment", "Telecoms", "Insurance", "Office Supplies"};
    static final String[] OPEX_ACCOUNTS = {"6100 Travel", "6210 Software", "6300 Marketing", "6400 Consulting",
        "6500 Rent", "6610 Training", "6620 Recruitment", "6700 Telecoms", "6800 Insurance", "6900 Supplies"};

    final ModelBuilder b;
    final SbRef accounts;
    final SbRef costCentres;
    final SbRef regions;
    final SbRef products;
    final SbRef entities;
    final SbRef currencies;
    final SbRef capexProjects;
    final SbRef assetClasses;
    final SbRef plLines;
    final SbRef rag;
    final SbRef productLoad;
    final SbRef opexCentres;
    final SbRef activeProducts;
    final SbRef boardKpis;
    final SbRef boardPack;
    final SbRef audit;
    final SbRef erp;

    private FpaPlanModel(ModelBuilder b) {
        this.b = b;
        accounts = b.list("Accounts", 120);
        costCentres = b.list("Cost Centres", 42);
        regions = b.list("Regions", 8);
        products = b.list("Products", 64);
        entities = b.list("Legal Entities", 6);
        currencies = b.list("Currencies", 5);
        capexProjects = b.list("Capex Projects", 25);
        assetClasses = b.list("Asset Classes", 7);
        plLines = b.list("P&L Lines", 18);
        rag = b.list("RAG", 3);
        productLoad = b.list("Product Load Rows", 500);
        opexCentres = b.listSubset("Opex Cost Centres", 30);
        activeProducts = b.listSubset("Active Products", 48);
        boardKpis = b.lineItemSubset("Board KPIs", 6);
        boardPack = b.tag("Board Pack");
        audit = b.tag("Audit Trail");
        erp = b.tag("ERP Integration");
    }

    /** The model's full definition, not yet built: a copy with planted differences can edit it first. */
    static ModelBuilder spec() {
        ModelBuilder builder = new ModelBuilder(ID, NAME, 0)
                .dates("2023-02-14T08:41:17.000+0000", "2025-06-03T16:05:49.000+0000")
                .timeRange("FY22-FY24", 3);
        FpaPlanModel m = new FpaPlanModel(builder);
        m.systemModules();
        FpaDataAndInputs.define(m);
        FpaCalculations.define(m);
        FpaReports.define(m);
        FpaPlantedViolations.define(m);
        return builder;
    }

    private void systemModules() {
        ModuleSpec time = b.module("SYS01 Time Settings");
        time.calc("Month Start", Fmt.DATE, "START()").section();
        time.calc("Month End", Fmt.DATE, "END()");
        time.calc("Is Actual?", Fmt.BOOLEAN, "Month End <= 'SYS02 Global Settings'.Actuals Cut-off Date")
                .notes("TRUE for closed months; drives the actual/forecast switch in every CAL module.");
        time.calc("Is Forecast?", Fmt.BOOLEAN, "NOT Is Actual?");
        time.calc("Is Current Month?", Fmt.BOOLEAN, "ITEM(Time) = 'SYS02 Global Settings'.Current Period");
        time.calc("Days in Month", Fmt.NUMBER, "DAYSINMONTH(YEARVALUE(Month Start), MONTHVALUE(Month Start))");
        time.calc("Month Number", Fmt.NUMBER, "MONTHVALUE(Month Start)").summary("None");
        time.calc("Period Label", Fmt.TEXT, "NAME(ITEM(Time))");
        time.calc("Prior Month", Fmt.MONTH, "PREVIOUS(ITEM(Time))");
        time.calc("Year-to-Date?", Fmt.BOOLEAN,
                "Is Actual? AND YEARVALUE(Month Start) = YEARVALUE('SYS02 Global Settings'.Actuals Cut-off Date)");
        time.calc("Fiscal Year", Fmt.YEAR, "PERIOD(Month Start)");

        ModuleSpec global = b.module("SYS02 Global Settings").time("Not Applicable");
        global.input("Current Period", Fmt.MONTH).code("CUR_PERIOD")
                .notes("Set by the FP&A admin at month-end close.");
        global.calc("Actuals Cut-off Date", Fmt.DATE, "END(Current Period)");
        global.input("Planning Cycle Open?", Fmt.BOOLEAN);
        global.input("Reporting Currency", Fmt.list(currencies));
        global.input("Inflation Rate", Fmt.PERCENT).summary("None");
        global.input("Corporate Tax Rate", Fmt.PERCENT).summary("None").code("TAX_RATE");
        global.input("Default Margin Target", Fmt.PERCENT).summary("None");
        global.input("Model Owner", Fmt.EMAIL);
        global.input("Finance Portal", Fmt.URL).notes("Link to the close calendar on the finance intranet.");
        global.input("Plan Year", Fmt.YEAR);
        global.calc("Plan Year Label", Fmt.TEXT, "NAME(Plan Year)");

        ModuleSpec cc = b.module("SYS03 Cost Centre Attributes").dims(costCentres).time("Not Applicable");
        cc.input("Owner", Fmt.EMAIL);
        cc.input("Region", Fmt.list(regions));
        cc.input("Legal Entity", Fmt.list(entities));
        cc.calc("Cost Centre Code", Fmt.TEXT, "CODE(ITEM(Cost Centres))");
        cc.input("Is Opex?", Fmt.BOOLEAN);
        cc.input("Headcount Driven?", Fmt.BOOLEAN);
        cc.input("Active From", Fmt.DATE);
        cc.calc("Active?", Fmt.BOOLEAN,
                "NOT ISBLANK(Active From) AND Active From <= 'SYS02 Global Settings'.Actuals Cut-off Date");
        cc.calc("Budget Holder Can Edit?", Fmt.BOOLEAN, "Active? AND 'SYS02 Global Settings'.Planning Cycle Open?")
                .notes("Write-access driver for the opex and capex inputs.");
        cc.input("Can View Salaries?", Fmt.BOOLEAN).notes("Read-access driver for salary line items.");
        cc.calc("Local Currency", Fmt.list(currencies), "'SYS06 Entity Attributes'.Currency[LOOKUP: Legal Entity]");

        ModuleSpec acc = b.module("SYS04 Account Mapping").dims(accounts).time("Not Applicable");
        acc.input("P&L Line", Fmt.list(plLines)).tags(audit);
        acc.input("Sign", Fmt.NUMBER).summary("None");
        acc.input("Account Type", Fmt.TEXT);
        acc.calc("Is Revenue?", Fmt.BOOLEAN, "P&L Line = 'P&L Lines'.Revenue");
        acc.calc("Is COGS?", Fmt.BOOLEAN, "P&L Line = 'P&L Lines'.'Cost of Sales'");
        acc.calc("Is Opex?", Fmt.BOOLEAN, "NOT Is Revenue? AND NOT Is COGS?");
        acc.input("Report Order", Fmt.NUMBER).summary("None");
        acc.calc("ERP Account Code", Fmt.TEXT, "CODE(ITEM(Accounts))").tags(erp);

        ModuleSpec fx = b.module("SYS05 FX Rates").dims(currencies);
        fx.input("Actual Rate", Fmt.DECIMAL).summary("Average").version(ModelBuilder.ACTUAL);
        fx.input("Budget Rate", Fmt.DECIMAL).summary("Average").version(ModelBuilder.BUDGET);
        fx.calc("Rate Used", Fmt.DECIMAL, "IF 'SYS01 Time Settings'.Is Actual? THEN Actual Rate ELSE Budget Rate")
                .summary("Average");
        fx.calc("Rate Movement %", Fmt.PERCENT, "DIVIDE(Rate Used - PREVIOUS(Rate Used), PREVIOUS(Rate Used))")
                .summary("Formula");
        fx.calc("Missing Rate?", Fmt.BOOLEAN, "Rate Used = 0").summary("Any");

        ModuleSpec entity = b.module("SYS06 Entity Attributes").dims(entities).time("Not Applicable");
        entity.input("Currency", Fmt.list(currencies));
        entity.input("Country", Fmt.TEXT);
        entity.input("Local Tax Rate", Fmt.PERCENT).summary("None");
        entity.input("Consolidate?", Fmt.BOOLEAN);

        ModuleSpec region = b.module("SYS07 Region Attributes").dims(regions).time("Not Applicable");
        region.input("Legal Entity", Fmt.list(entities));
        region.input("Regional Manager", Fmt.EMAIL);
        region.calc("Region Code", Fmt.TEXT, "CODE(ITEM(Regions))");
        region.input("Currency", Fmt.list(currencies));
    }
}
