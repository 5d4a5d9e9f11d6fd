package dev.anaplanshell.sandbox.txn;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The model calendar "Calendar Months/Quarters/Years" with the fiscal year starting in January: a timescale of
 * the two years before the current fiscal year and that year. Labels as Anaplan writes them: {@code Jan 25},
 * {@code Q1 FY25}, {@code H1 FY25}, {@code FY25}.
 */
public final class TimeAxis {

    public static final String TIME_ID = "20000000003";
    public static final String CALENDAR_TYPE = "Calendar Months/Quarters/Years";
    static final int PAST_YEARS = 2;

    private TimeAxis() {
    }

    public static int firstYear(int fiscalYear) {
        return fiscalYear - PAST_YEARS;
    }

    /** The Time dimension at this time scale (Month, Quarter, Half Year, Year; anything else counts as Month). */
    public static Dim dimension(int fiscalYear, String timeScale) {
        List<Dim.Item> items = new ArrayList<>();
        for (int year = firstYear(fiscalYear); year <= fiscalYear; year++) {
            String fy = "FY" + two(year);
            switch (timeScale) {
                case "Year" -> items.add(new Dim.Item("8" + year, fy, null));
                case "Half Year" -> {
                    for (int h = 1; h <= 2; h++) {
                        items.add(new Dim.Item("7" + year + h, "H" + h + " " + fy, null));
                    }
                }
                case "Quarter" -> {
                    for (int q = 1; q <= 4; q++) {
                        items.add(new Dim.Item("6" + year + q, "Q" + q + " " + fy, null));
                    }
                }
                default -> {
                    for (int m = 1; m <= 12; m++) {
                        items.add(new Dim.Item("5" + year + two(m), monthLabel(YearMonth.of(year, m)), null));
                    }
                }
            }
        }
        return Dim.of(TIME_ID, "Time", items);
    }

    public static String monthLabel(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + two(month.getYear());
    }

    public static LocalDate start(int fiscalYear) {
        return LocalDate.of(firstYear(fiscalYear), Month.JANUARY, 1);
    }

    public static LocalDate end(int fiscalYear) {
        return LocalDate.of(fiscalYear, Month.DECEMBER, 31);
    }

    private static String two(int n) {
        int v = n % 100;
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
