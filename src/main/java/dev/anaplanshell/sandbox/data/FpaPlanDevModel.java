package dev.anaplanshell.sandbox.data;

import java.util.List;
import java.util.stream.IntStream;

/**
 * "FP&A Plan (DEV)": a copy of {@link FpaPlanModel} the way a model builder's development copy drifts from
 * production. It keeps the original's module and line-item ids (as an Anaplan model copy does) and carries
 * exactly these planted differences, which {@code lineitems diff} is tested against:
 * <ul>
 * <li>{@code REP01 P&L Summary}: line item "Tax" renamed to "Income Tax"; Anaplan rewrites the formula that
 * references it, so "Net Income" reads {@code EBIT - Income Tax};</li>
 * <li>{@code CAL07 Cash Flow}: the formula of "Collections" changed from OFFSET to LAG;</li>
 * <li>a new module {@code CAL08 Scenario Adjustments} with four line items;</li>
 * <li>list "Countries": the items {@link #REMOVED_COUNTRIES} removed (the other lists as in production).</li>
 * </ul>
 */
final class FpaPlanDevModel {

    static final String ID = "3C9E5B71D04A4F2E8B6A1D7C0F92E4B8";
    static final String NAME = FpaPlanModel.NAME + " (DEV)";
    static final String NEW_MODULE = "CAL08 Scenario Adjustments";

    static final List<String> REMOVED_COUNTRIES = List.of("Argentina", "Portugal");

    private FpaPlanDevModel() {
    }

    /** The production lists, less {@link #REMOVED_COUNTRIES}; the remaining items keep their ids. */
    static SbTxnModel withoutRemovedItems(SbTxnModel model) {
        List<SbListDef> lists = model.lists().stream().map(l -> l.name().equals("Countries") ? without(l) : l)
                .toList();
        return new SbTxnModel(model.modelId(), lists, model.subsets(), model.versionCount(), model.fiscalYear(),
                model.currentPeriod());
    }

    private static SbListDef without(SbListDef list) {
        int[] kept = IntStream.range(0, list.size())
                .filter(i -> !REMOVED_COUNTRIES.contains(list.items().apply(i).name())).toArray();
        return new SbListDef(list.id(), list.name(), list.parent(), list.properties(), list.subsets(),
                list.numbered(), kept.length, i -> list.items().apply(kept[i]));
    }

    static ModelBuilder spec() {
        ModelBuilder b = FpaPlanModel.spec().as(ID, NAME)
                .dates("2025-05-19T07:12:44.000+0000", "2025-06-04T09:27:03.000+0000");
        ModuleSpec pl = b.existing("REP01 P&L Summary");
        pl.item("Tax").name("Income Tax");
        pl.item("Net Income").formula("EBIT - Income Tax");
        b.existing("CAL07 Cash Flow").item("Collections")
                .formula("LAG(Cash Receipts, ROUND(DSO Days / 30, 0), 0)");
        ModuleSpec scenario = b.module(NEW_MODULE);
        scenario.input("Revenue Uplift %", Fmt.PERCENT).summary("None")
                .notes("Upside scenario for the board: agreed with the CFO, not yet in PROD.");
        scenario.input("Cost Savings %", Fmt.PERCENT).summary("None");
        scenario.calc("Adjusted Net Revenue", Fmt.CURRENCY,
                "'CAL01 Revenue'.Net Revenue * (1 + Revenue Uplift %)");
        scenario.calc("Adjusted EBITDA", Fmt.CURRENCY, "'REP01 P&L Summary'.EBITDA + Adjusted Net Revenue - "
                + "'CAL01 Revenue'.Net Revenue + 'CAL03 Opex'.Total Opex * Cost Savings %").style("Key Figure");
        return b;
    }
}
