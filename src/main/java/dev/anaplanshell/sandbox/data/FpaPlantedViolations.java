package dev.anaplanshell.sandbox.data;

/**
 * FP&A Plan: a module added in a hurry, the way best-practice reviews find them, so that {@code lineitems lint}
 * and {@code model report} have something to show (docs/sandbox.md, "Planted best-practice violations"): a name
 * outside the model's SYS01/CAL01 convention, a long formula with four nested IFs and a hard-coded 1.1, a
 * percentage summed, SUM and LOOKUP in one expression, text built on 2.3 million cells, and a formula that
 * repeats one of REP01.
 */
final class FpaPlantedViolations {

    private static final String REV = "'CAL01 Revenue'.";

    private FpaPlantedViolations() {
    }

    static void define(FpaPlanModel d) {
        ModuleSpec bridge = d.b.module("Price Volume Bridge").dims(d.products, d.regions);
        bridge.calc("Price Effect", Fmt.CURRENCY, "IF 'SYS01 Time Settings'.Is Actual? THEN 0 ELSE IF " + REV
                + "Prior Year Volume = 0 THEN 0 ELSE IF " + REV + "List Price > PREVIOUS(" + REV + "List Price) * 1.1 "
                + "THEN (" + REV + "List Price - PREVIOUS(" + REV + "List Price)) * " + REV + "Prior Year Volume "
                + "ELSE IF " + REV + "Launched? THEN (" + REV + "List Price - PREVIOUS(" + REV + "List Price)) * "
                + REV + "Prior Year Volume * 0.5 ELSE 0");
        bridge.calc("Volume Effect", Fmt.CURRENCY, "(" + REV + "Gross Revenue / " + REV + "List Price - " + REV
                + "Prior Year Volume) * PREVIOUS(" + REV + "List Price)");
        bridge.calc("Total Bridge", Fmt.CURRENCY, "Price Effect + Volume Effect").total();
        bridge.calc("Price Effect %", Fmt.PERCENT, "DIVIDE(Price Effect, " + REV + "Net Revenue PY)");
        bridge.calc("Entity Revenue (Reporting Currency)", Fmt.CURRENCY, REV + "Net Revenue[SUM: "
                + "'SYS07 Region Attributes'.Legal Entity] * 'SYS05 FX Rates'.Rate Used[LOOKUP: "
                + "'SYS06 Entity Attributes'.Currency]").appliesTo(d.entities);
        bridge.calc("Bridge Key", Fmt.TEXT, "CODE(ITEM(Products)) & \"_\" & 'SYS07 Region Attributes'.Region Code & "
                + "\"_\" & CODE(ITEM(Cost Centres))").appliesTo(d.products, d.regions, d.costCentres);
        bridge.calc("Discounts and Returns", Fmt.COST, REV + "Discounts + " + REV + "Returns");
    }
}
