package dev.anaplanshell.sandbox.data;

import java.util.List;

/**
 * What the transactional API serves for one model, beyond its modules and line items: lists with their items,
 * subsets, versions and the calendar's starting point.
 *
 * @param versionCount how many of Actual, Budget, Forecast the model has (1-3)
 * @param fiscalYear the model calendar's current fiscal year, e.g. 2025 for FY25; the timescale is the two
 *        years before it and the year itself
 * @param currentPeriod the current month as {@code YYYY-MM}, or null for none
 */
public record SbTxnModel(String modelId, List<SbListDef> lists, List<SbSubsetDef> subsets, int versionCount,
        int fiscalYear, String currentPeriod) {

    public SbTxnModel {
        lists = List.copyOf(lists);
        subsets = List.copyOf(subsets);
    }
}
