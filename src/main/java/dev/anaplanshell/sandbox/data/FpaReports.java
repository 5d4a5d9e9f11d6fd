package dev.anaplanshell.sandbox.data;

/** FP&A Plan: REP modules (P&L, variance, KPIs, French regional view) and OUT export modules. */
final class FpaReports {

    private static final String PL = "'REP01 P&L Summary'.";
    private static final String[] VARIANCE_METRICS = {"Net Revenue", "COGS", "Gross Margin", "Total Opex", "EBITDA",
        "Net Income"};

    private FpaReports() {
    }

    static void define(FpaPlanModel d) {
        profitAndLoss(d);
        variance(d);
        kpis(d);
        exports(d);
    }

    private static void profitAndLoss(FpaPlanModel d) {
        ModuleSpec pl = d.b.module("REP01 P&L Summary");
        pl.heading("Revenue");
        pl.calc("Gross Revenue", Fmt.CURRENCY, "'CAL01 Revenue'.Gross Revenue");
        pl.calc("Discounts & Returns", Fmt.COST, "'CAL01 Revenue'.Discounts + 'CAL01 Revenue'.Returns");
        pl.calc("Net Revenue", Fmt.CURRENCY, "Gross Revenue - Discounts & Returns").style("Key Figure")
                .tags(d.boardPack).code("PL_NET_REV");
        pl.heading("Cost of Sales");
        pl.calc("COGS", Fmt.COST, "'CAL02 COGS'.Total COGS");
        pl.calc("Gross Margin", Fmt.CURRENCY, "Net Revenue - COGS").total().tags(d.boardPack);
        pl.calc("Gross Margin %", Fmt.PERCENT, "DIVIDE(Gross Margin, Net Revenue)").summary("Formula");
        pl.heading("Operating Expenses");
        pl.calc("People Costs", Fmt.COST, "'CAL04 Headcount Cost'.Total People Cost").parent("Total Opex");
        pl.calc("Non-People Opex", Fmt.COST, "'CAL03 Opex'.Total Opex - 'CAL03 Opex'.People Cost")
                .parent("Total Opex");
        pl.calc("Allocations", Fmt.COST, "'CAL06 Allocations'.Allocated Cost").parent("Total Opex");
        pl.input("Total Opex", Fmt.COST).summaryParent();
        pl.calc("EBITDA", Fmt.CURRENCY, "Gross Margin - Total Opex").style("Key Figure").tags(d.boardPack)
                .code("EBITDA");
        pl.calc("EBITDA Margin %", Fmt.PERCENT, "DIVIDE(EBITDA, Net Revenue)").summary("Formula");
        pl.calc("Depreciation & Amortisation", Fmt.COST, "'CAL05 Depreciation'.Monthly Depreciation");
        pl.calc("EBIT", Fmt.CURRENCY, "EBITDA - Depreciation & Amortisation").total();
        pl.calc("Tax", Fmt.COST, "MAX(0, EBIT * 'SYS02 Global Settings'.Corporate Tax Rate)");
        pl.calc("Net Income", Fmt.CURRENCY, "EBIT - Tax").total().tags(d.boardPack, d.audit);
        pl.calc("Net Income Margin %", Fmt.PERCENT, "DIVIDE(Net Income, Net Revenue)").summary("Formula");
        pl.calc("Loss Making?", Fmt.BOOLEAN, "Net Income < 0").summary("Any");
    }

    private static void variance(FpaPlanModel d) {
        ModuleSpec v = d.b.module("REP02 Variance Analysis");
        for (String metric : VARIANCE_METRICS) {
            v.heading(metric + " Variance Analysis").style("Heading 2");
            v.calc(metric + " Actual", Fmt.CURRENCY, PL + metric + "[SELECT: Versions.Actual]")
                    .version(ModelBuilder.ACTUAL).scope("Actual Version");
            v.calc(metric + " Budget", Fmt.CURRENCY, PL + metric + "[SELECT: Versions.Budget]")
                    .version(ModelBuilder.ACTUAL);
            v.calc(metric + " Variance", Fmt.CURRENCY, metric + " Actual - " + metric + " Budget")
                    .version(ModelBuilder.ACTUAL);
            v.calc(metric + " Variance %", Fmt.PERCENT, "DIVIDE(" + metric + " Variance, ABS(" + metric + " Budget))")
                    .summary("Formula").version(ModelBuilder.ACTUAL);
        }
        v.calc("Favourable?", Fmt.BOOLEAN, "EBITDA Variance >= 0").section();
        v.calc("RAG Status", Fmt.list(d.rag), "IF ABS(EBITDA Variance %) > 0.1 THEN RAG.Red ELSE IF "
                + "ABS(EBITDA Variance %) > 0.05 THEN RAG.Amber ELSE RAG.Green");
        v.input("Commentary", Fmt.TEXT).notes("Variance commentary from the business partners, due working day 5.");
        v.input("Reviewed By", Fmt.EMAIL);
        v.input("Review Date", Fmt.DATE);
    }

    private static void kpis(FpaPlanModel d) {
        ModuleSpec kpi = d.b.module("REP03 KPI Dashboard").time("Quarter");
        String netRevenuePy = "OFFSET(" + PL + "Net Revenue, -4, 0)";
        kpi.calc("Revenue Growth %", Fmt.PERCENT, "DIVIDE(" + PL + "Net Revenue - " + netRevenuePy + ", "
                + netRevenuePy + ")").summary("Formula");
        kpi.calc("Gross Margin %", Fmt.PERCENT, PL + "Gross Margin %").summary("Formula");
        kpi.calc("EBITDA Margin %", Fmt.PERCENT, PL + "EBITDA Margin %").summary("Formula");
        kpi.calc("Opex per FTE", Fmt.CURRENCY, "DIVIDE(" + PL + "Total Opex, 'CAL04 Headcount Cost'.Permanent FTE)")
                .summary("Formula");
        kpi.calc("Cash Runway (Months)", Fmt.DECIMAL,
                "DIVIDE('CAL07 Cash Flow'.Closing Cash, -'CAL07 Cash Flow'.Net Cash Flow)").summary("None");
        kpi.calc("On Track?", Fmt.BOOLEAN, "'REP02 Variance Analysis'.EBITDA Variance >= 0");
        kpi.input("KPI Owner", Fmt.EMAIL).timeScale("Not Applicable");
        kpi.input("Last Refreshed", Fmt.DATE).timeScale("Not Applicable");
        kpi.input("Board Comment", Fmt.TEXT);
        kpi.input("Dashboard Link", Fmt.URL).timeScale("Not Applicable");

        ModuleSpec fr = d.b.module("REP04 Prévisions par Région").dims(d.regions).time("Quarter");
        fr.calc("Revenu net", Fmt.CURRENCY, "'CAL01 Revenue'.Net Revenue");
        fr.calc("Marge brute", Fmt.CURRENCY, "'CAL02 COGS'.Gross Margin");
        fr.calc("Taux de marge %", Fmt.PERCENT, "DIVIDE(Marge brute, Revenu net)").summary("Formula");
        fr.calc("Croissance annuelle %", Fmt.PERCENT,
                "DIVIDE(Revenu net - OFFSET(Revenu net, -4, 0), OFFSET(Revenu net, -4, 0))").summary("Formula");
        fr.calc("Responsable régional", Fmt.EMAIL, "'SYS07 Region Attributes'.Regional Manager")
                .timeScale("Not Applicable");
        fr.input("Prévision validée ?", Fmt.BOOLEAN).notes("Validée par le contrôleur régional.");
        fr.input("Commentaire", Fmt.TEXT);

        ModuleSpec grid = d.b.module("REP05 Board KPI Grid").dims(d.boardKpis).time("Quarter");
        grid.input("Value", Fmt.DECIMAL).summary("None");
        grid.input("Target", Fmt.DECIMAL).summary("None");
        grid.calc("Status", Fmt.TEXT, "IF Value >= Target THEN \"✔ On track\" ELSE \"✘ Off track\"");
    }

    private static void exports(FpaPlanModel d) {
        ModuleSpec board = d.b.module("OUT01 Export – Board Pack");
        for (String metric : new String[] {"Net Revenue", "Gross Margin", "EBITDA", "Net Income"}) {
            board.calc(metric, Fmt.CURRENCY, PL + metric).tags(d.boardPack);
        }
        board.calc("Closing Cash", Fmt.CURRENCY, "'CAL07 Cash Flow'.Closing Cash").summary("Closing Balance");
        board.calc("Headcount (FTE)", Fmt.FTE, "'CAL04 Headcount Cost'.Permanent FTE + 'CAL04 Headcount Cost'."
                + "Headcount – Contractors").summary("Average");
        board.calc("Net Revenue Text", Fmt.TEXT, "TEXT(ROUND(Net Revenue / 1000, 0)) & \"k\"");
        board.calc("Include in Export?", Fmt.BOOLEAN,
                "'SYS01 Time Settings'.Is Actual? OR 'SYS01 Time Settings'.Is Current Month?");
        board.calc("Period Label", Fmt.TEXT, "'SYS01 Time Settings'.Period Label");
        board.calc("Version Label", Fmt.TEXT, "NAME(ITEM(Versions))");
        board.calc("Export Key", Fmt.TEXT, "Version Label & \"|\" & Period Label").code("EXPORT_KEY");

        ModuleSpec erp = d.b.module("OUT02 Export – ERP Journal").dims(d.accounts, d.costCentres)
                .version(ModelBuilder.BUDGET);
        erp.calc("Journal Amount", Fmt.CURRENCY,
                "IF 'SYS04 Account Mapping'.Is Opex? THEN 'CAL03 Opex'.Total Opex ELSE 0").tags(d.erp);
        erp.calc("Export?", Fmt.BOOLEAN, "Journal Amount <> 0 AND 'SYS03 Cost Centre Attributes'.Active?");
        erp.calc("Journal Description", Fmt.TEXT, "\"Budget \" & 'SYS02 Global Settings'.Plan Year Label & "
                + "\" – \" & 'SYS01 Time Settings'.Period Label");
        erp.calc("Posting Date", Fmt.DATE, "'SYS01 Time Settings'.Month End");
        erp.calc("ERP Account", Fmt.TEXT, "'SYS04 Account Mapping'.ERP Account Code").timeScale("Not Applicable");
        erp.calc("ERP Cost Centre", Fmt.TEXT, "'SYS03 Cost Centre Attributes'.Cost Centre Code")
                .timeScale("Not Applicable");
        erp.calc("Legal Entity", Fmt.list(d.entities), "'SYS03 Cost Centre Attributes'.Legal Entity")
                .timeScale("Not Applicable");
    }
}
