package dev.anaplanshell.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET .../modelCalendar}; fields depend on the calendar type and are null when absent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelCalendar(String calendarType, FiscalYear fiscalYear, Integer pastYearsCount,
        Integer futureYearsCount, CurrentPeriod currentPeriod, Map<String, Object> totalsSelection, String startDate,
        Integer weeksCount, String weekFormat, String weekGrouping, Integer extraWeekMonth) {

    /** The current fiscal year. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FiscalYear(String year, String startDate, String endDate) {
    }
}
