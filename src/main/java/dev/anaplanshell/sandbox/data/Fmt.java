package dev.anaplanshell.sandbox.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line-item format: Anaplan's {@code format} value plus its {@code formatMetadata}, whose shape depends on
 * {@code dataType} (NUMBER, ENTITY, TIME_ENTITY, TEXT, BOOLEAN, NONE, DATE). Metadata maps are ordered and
 * unmodifiable so instances can be shared by many line items.
 */
record Fmt(String format, Map<String, Object> metadata) {

    static final Fmt NUMBER = number("NONE", "NONE", 0, "ZERO", "MINUS_SIGN", "GOOD", null);
    static final Fmt DECIMAL = number("NONE", "NONE", 2, "ZERO", "MINUS_SIGN", "NEUTRAL", null);
    static final Fmt CURRENCY = number("CURRENCY", "CURRENCY_SYMBOL", 0, "HYPHEN", "PARENTHESES", "GOOD", null);
    static final Fmt COST = number("CURRENCY", "CURRENCY_SYMBOL", 0, "HYPHEN", "PARENTHESES", "BAD", null);
    static final Fmt CHF = number("CURRENCY", "CURRENCY_CODE", 0, "HYPHEN", "MINUS_SIGN", "BAD", null);
    static final Fmt PERCENT = number("PERCENTAGE", "PERCENTAGE_SUFFIX", 1, "BLANK", "MINUS_SIGN", "GOOD", null);
    static final Fmt FTE = number("CUSTOM", "CUSTOM_SUFFIX", 1, "HYPHEN", "MINUS_SIGN", "NEUTRAL", "FTE");
    static final Fmt BOOLEAN = simple("BOOLEAN", "BOOLEAN");
    static final Fmt DATE = simple("DATE", "DATE");
    static final Fmt NONE = simple("NONE", "NONE");
    static final Fmt TEXT = text("GENERAL");
    static final Fmt EMAIL = text("EMAIL_ADDRESS");
    static final Fmt URL = text("DRILLTHRU_URI");
    static final Fmt MONTH = period("MONTH", "Month", 3);
    static final Fmt QUARTER = period("QUARTER", "Quarter", 4);
    static final Fmt YEAR = period("YEAR", "Year", 6);

    /** List-formatted (dataType ENTITY) on a list or list subset. */
    static Fmt list(SbRef list) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataType", "ENTITY");
        m.put("hierarchyEntityLongId", Long.parseLong(list.id()));
        m.put("selectiveAccessApplied", false);
        m.put("showAll", false);
        return new Fmt("LIST", Collections.unmodifiableMap(m));
    }

    static Fmt number(String unitsType, String unitsDisplayType, int decimals, String zeroFormat,
            String negative, String comparison, String customUnits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataType", "NUMBER");
        m.put("minimumSignificantDigits", 4);
        m.put("decimalPlaces", decimals);
        m.put("negativeNumberNotation", negative);
        m.put("unitsType", unitsType);
        m.put("unitsDisplayType", unitsDisplayType);
        if (customUnits != null) {
            m.put("customUnits", customUnits);
        }
        m.put("zeroFormat", zeroFormat);
        m.put("comparisonIncrease", comparison);
        m.put("groupingSeparator", "COMMA");
        m.put("decimalSeparator", "FULL_STOP");
        return new Fmt("NUMBER", Collections.unmodifiableMap(m));
    }

    private static Fmt simple(String format, String dataType) {
        return new Fmt(format, Map.of("dataType", dataType));
    }

    private static Fmt text(String textType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataType", "TEXT");
        m.put("textType", textType);
        return new Fmt("TEXT", Collections.unmodifiableMap(m));
    }

    private static Fmt period(String entityId, String label, int index) {
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("entityId", entityId);
        type.put("entityLabel", label);
        type.put("entityIndex", index);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataType", "TIME_ENTITY");
        m.put("periodType", Collections.unmodifiableMap(type));
        return new Fmt("TIME PERIOD", Collections.unmodifiableMap(m));
    }

    /** Anaplan's default summary method for a new line item of this format. */
    String defaultSummary() {
        return format.equals("NUMBER") ? "Sum" : "None";
    }
}
