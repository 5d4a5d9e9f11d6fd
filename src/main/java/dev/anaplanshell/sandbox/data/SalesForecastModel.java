package dev.anaplanshell.sandbox.data;

/** "Sales Forecast": pipeline from the CRM, quotas and rep forecasts, in production. */
final class SalesForecastModel {

    static final String ID = "2B9E4C7A10F34D8E9C5B6A7F8E0D1C23";
    static final String NAME = "Sales Forecast";

    private static final String OPP = "'DAT01 CRM Opportunities'.";
    private static final String STAGE = "'SYS04 Stage Settings'.";

    private SalesForecastModel() {
    }

    static ModelBuilder spec() {
        ModelBuilder b = new ModelBuilder(ID, NAME, 1).state("PRODUCTION").versions(2)
                .dates("2023-09-04T13:22:05.000+0000", "2025-05-28T07:48:31.000+0000");
        SbRef reps = b.list("Sales Reps", 85);
        SbRef territories = b.list("Territories", 24);
        SbRef customers = b.list("Customers", 1200);
        SbRef opportunities = b.list("Opportunities", 5000);
        SbRef products = b.list("Products", 64);
        SbRef stages = b.list("Stages", 7);
        SbRef categories = b.list("Forecast Categories", 4);
        SbRef emea = b.listSubset("EMEA Territories", 9);

        ModuleSpec time = b.module("SYS01 Time Settings");
        time.calc("Month Start", Fmt.DATE, "START()");
        time.calc("Is Actual?", Fmt.BOOLEAN, "END() <= 'SYS02 Sales Settings'.Last Closed Date");
        time.calc("Is Current Quarter?", Fmt.BOOLEAN, "PERIOD(Month Start) = 'SYS02 Sales Settings'.Current Quarter");

        ModuleSpec settings = b.module("SYS02 Sales Settings").time("Not Applicable");
        settings.input("Last Closed Date", Fmt.DATE);
        settings.input("Current Quarter", Fmt.QUARTER);
        settings.input("Coverage Target", Fmt.DECIMAL).summary("None");
        settings.input("CRM Base URL", Fmt.URL).notes("Salesforce Lightning record URL prefix.");
        settings.input("Sales Ops Contact", Fmt.EMAIL);

        ModuleSpec rep = b.module("SYS03 Rep Attributes").dims(reps).time("Not Applicable");
        rep.input("Territory", Fmt.list(territories));
        rep.input("Manager", Fmt.list(reps));
        rep.input("Email", Fmt.EMAIL);
        rep.input("Start Date", Fmt.DATE);
        rep.input("Active?", Fmt.BOOLEAN);
        rep.calc("Ramped?", Fmt.BOOLEAN, "ADDMONTHS(Start Date, 6) <= 'SYS02 Sales Settings'.Last Closed Date");
        rep.calc("Can Edit Forecast?", Fmt.BOOLEAN, "Active? AND Ramped?");

        ModuleSpec stage = b.module("SYS04 Stage Settings").dims(stages).time("Not Applicable");
        stage.input("Default Probability %", Fmt.PERCENT).summary("None");
        stage.input("Is Closed?", Fmt.BOOLEAN);
        stage.input("Is Won?", Fmt.BOOLEAN);
        stage.input("Forecast Category", Fmt.list(categories));

        ModuleSpec crm = b.module("DAT01 CRM Opportunities").dims(opportunities).time("Not Applicable");
        crm.input("Opportunity Name", Fmt.TEXT);
        crm.input("Customer", Fmt.list(customers));
        crm.input("Owner", Fmt.list(reps));
        crm.input("Product", Fmt.list(products));
        crm.input("Stage", Fmt.list(stages));
        crm.input("Close Date", Fmt.DATE);
        crm.calc("Close Month", Fmt.MONTH, "PERIOD(Close Date)");
        crm.input("Amount", Fmt.CURRENCY);
        crm.calc("Probability %", Fmt.PERCENT, STAGE + "Default Probability %[LOOKUP: Stage]").summary("None");
        crm.calc("Weighted Amount", Fmt.CURRENCY, "Amount * Probability %");
        crm.calc("Is Won?", Fmt.BOOLEAN, STAGE + "Is Won?[LOOKUP: Stage]");
        crm.calc("Is Open?", Fmt.BOOLEAN, "NOT " + STAGE + "Is Closed?[LOOKUP: Stage]");
        crm.calc("Won Amount", Fmt.CURRENCY, "IF Is Won? THEN Amount ELSE 0");
        crm.calc("Territory", Fmt.list(territories), "'SYS03 Rep Attributes'.Territory[LOOKUP: Owner]");
        crm.calc("CRM Link", Fmt.URL, "'SYS02 Sales Settings'.CRM Base URL & CODE(ITEM(Opportunities))");
        crm.input("Last Synced", Fmt.DATE).notes("");

        ModuleSpec quota = b.module("INP01 Quota").dims(reps).time("Quarter");
        quota.input("Quota", Fmt.CURRENCY).breakback();
        quota.input("Quota Adjustment", Fmt.CURRENCY);
        quota.calc("Final Quota", Fmt.CURRENCY, "Quota + Quota Adjustment").total();
        quota.input("Quota Comment", Fmt.TEXT);

        ModuleSpec forecast = b.module("INP02 Rep Forecast").dims(reps);
        forecast.input("Commit", Fmt.CURRENCY).switchover().writeAccess("SYS03 Rep Attributes", "Can Edit Forecast?");
        forecast.input("Best Case", Fmt.CURRENCY).writeAccess("SYS03 Rep Attributes", "Can Edit Forecast?");
        forecast.input("Manager Adjustment", Fmt.CURRENCY);
        forecast.input("Forecast Category", Fmt.list(categories));

        String byRepAndMonth = "[SUM: " + OPP + "Owner, SUM: " + OPP + "Close Month]";
        ModuleSpec pipe = b.module("CAL01 Pipeline").dims(reps);
        pipe.calc("Pipeline", Fmt.CURRENCY, OPP + "Amount" + byRepAndMonth);
        pipe.calc("Weighted Pipeline", Fmt.CURRENCY, OPP + "Weighted Amount" + byRepAndMonth);
        pipe.calc("Closed Won", Fmt.CURRENCY, OPP + "Won Amount" + byRepAndMonth).style("Key Figure");
        pipe.calc("Coverage Ratio", Fmt.DECIMAL, "DIVIDE(Pipeline, 'INP01 Quota'.Final Quota)").summary("Formula");
        pipe.calc("Attainment %", Fmt.PERCENT, "DIVIDE(Closed Won, 'INP01 Quota'.Final Quota)").summary("Formula");
        pipe.calc("Below Coverage?", Fmt.BOOLEAN, "Coverage Ratio < 'SYS02 Sales Settings'.Coverage Target");

        ModuleSpec cal = b.module("CAL02 Forecast").dims(reps);
        cal.calc("Run Rate Forecast", Fmt.CURRENCY, "(PREVIOUS('CAL01 Pipeline'.Closed Won) + OFFSET('CAL01 Pipeline'."
                + "Closed Won, -2, 0) + OFFSET('CAL01 Pipeline'.Closed Won, -3, 0)) / 3");
        cal.calc("Rep Forecast", Fmt.CURRENCY, "'INP02 Rep Forecast'.Commit + 'INP02 Rep Forecast'.Manager Adjustment");
        cal.calc("Final Forecast", Fmt.CURRENCY, "IF 'SYS01 Time Settings'.Is Actual? THEN 'CAL01 Pipeline'.Closed Won "
                + "ELSE MAX(Rep Forecast, Run Rate Forecast * 0.9)").switchover().style("Key Figure");
        cal.calc("Forecast Accuracy %", Fmt.PERCENT, "1 - DIVIDE(ABS(Final Forecast - 'CAL01 Pipeline'.Closed Won), "
                + "'CAL01 Pipeline'.Closed Won)").summary("Formula");
        cal.calc("Gap to Quota", Fmt.CURRENCY, "'INP01 Quota'.Final Quota - Final Forecast");

        String byTerritory = "[SUM: 'SYS03 Rep Attributes'.Territory]";
        ModuleSpec summary = b.module("REP01 Forecast Summary").dims(territories).time("Quarter");
        summary.calc("Forecast", Fmt.CURRENCY, "'CAL02 Forecast'.Final Forecast" + byTerritory);
        summary.calc("Quota", Fmt.CURRENCY, "'INP01 Quota'.Final Quota" + byTerritory);
        summary.calc("Pipeline", Fmt.CURRENCY, "'CAL01 Pipeline'.Pipeline" + byTerritory);
        summary.calc("Attainment %", Fmt.PERCENT, "DIVIDE(Forecast, Quota)").summary("Formula");
        summary.calc("Status", Fmt.TEXT, "IF Attainment % >= 1 THEN \"Ahead\" ELSE IF Attainment % >= 0.9 THEN "
                + "\"On Track\" ELSE \"At Risk\"");

        ModuleSpec emeaView = b.module("REP02 Prévisions des ventes – EMEA").dims(emea).time("Quarter");
        emeaView.calc("Prévision", Fmt.CURRENCY, "'REP01 Forecast Summary'.Forecast");
        emeaView.calc("Écart vs quota", Fmt.CURRENCY,
                "'REP01 Forecast Summary'.Forecast - 'REP01 Forecast Summary'.Quota");
        emeaView.input("Commentaire du directeur", Fmt.TEXT);

        ModuleSpec sync = b.module("OUT01 Export – CRM Sync").dims(opportunities).time("Not Applicable");
        sync.calc("Opportunity ID", Fmt.TEXT, "CODE(ITEM(Opportunities))");
        sync.calc("Weighted Amount", Fmt.CURRENCY, OPP + "Weighted Amount");
        sync.calc("Sync?", Fmt.BOOLEAN, OPP + "Is Open?");
        sync.calc("Forecast Category", Fmt.list(categories), STAGE + "Forecast Category[LOOKUP: " + OPP + "Stage]");
        return b;
    }
}
