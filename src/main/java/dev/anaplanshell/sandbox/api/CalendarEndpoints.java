package dev.anaplanshell.sandbox.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;
import dev.anaplanshell.sandbox.txn.Dim;
import dev.anaplanshell.sandbox.txn.ModelState;
import dev.anaplanshell.sandbox.txn.ModelStates;
import dev.anaplanshell.sandbox.txn.TimeAxis;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Versions, current period, model calendar and fiscal year (anaplan-api.md §5.9–5.10). The calendar is
 * "Calendar Months/Quarters/Years" with two past years; setting the fiscal year moves the timescale.
 */
public final class CalendarEndpoints {

    private final TxnRoutes routes;

    private CalendarEndpoints(TxnRoutes routes) {
        this.routes = routes;
    }

    public static CalendarEndpoints of(Tenant tenant, IntegrationAuth auth, ModelStates states) {
        return new CalendarEndpoints(new TxnRoutes(tenant, auth, states));
    }

    public void register(Router router) {
        routes.modelScoped(router, "GET", "/versions", this::versions);
        routes.modelScoped(router, "PUT", "/versions/{versionId}/switchover", this::setSwitchover);
        routes.modelScoped(router, "GET", "/currentPeriod", this::currentPeriod);
        routes.modelScoped(router, "PUT", "/currentPeriod", this::setCurrentPeriod);
        routes.modelScoped(router, "GET", "/modelCalendar", this::calendar);
        routes.modelScoped(router, "PUT", "/modelCalendar/fiscalYear", this::setFiscalYear);
    }

    private SbResponse versions(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        String start = TimeAxis.start(state.fiscalYear()).toString();
        String end = TimeAxis.end(state.fiscalYear()).toString();
        List<ObjectNode> rows = new ArrayList<>();
        Dim versions = state.versions();
        for (int i = 0; i < versions.size(); i++) {
            Dim.Item v = versions.item(i);
            ObjectNode node = Json.object();
            node.put("id", v.id());
            node.put("name", v.name());
            node.put("isCurrent", v.name().equals("Forecast") || versions.size() == 1);
            node.put("isActual", v.name().equals("Actual"));
            String set = state.switchover(v.id());
            if (set != null && !set.isEmpty()) {
                YearMonth month = YearMonth.parse(set);
                node.set("switchover", period(TimeAxis.monthLabel(month), month.atDay(1).toString()));
            } else if (set == null && v.name().equals("Forecast") && state.currentPeriod() != null) {
                YearMonth next = YearMonth.parse(state.currentPeriod()).plusMonths(1);
                node.set("switchover", period(TimeAxis.monthLabel(next), next.atDay(1).toString()));
            }
            node.set("editFrom", period("Start of Timescale", start));
            node.set("editTo", period("End of Timescale", end));
            if (v.name().equals("Actual")) {
                node.put("notes", "Loaded from the ERP every night");
            }
            rows.add(node);
        }
        return SbResponse.ok(Envelopes.all(req, "version", "versionMetadata", rows));
    }

    /**
     * {@code {"date":"YYYY-MM-DD"}}: the version switches over at the start of that month; {@code ""} resets it. The
     * Actual version, a malformed date and one outside the timescale are 400s (anaplan-api.md §5.9).
     */
    private SbResponse setSwitchover(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        Dim versions = state.versions();
        int index = versions.indexOfId(req.param("versionId"));
        if (index < 0) {
            throw ApiException.notFound();
        }
        if (versions.item(index).name().equals("Actual")) {
            throw ApiException.badRequest("The switchover of the Actual version cannot be set");
        }
        JsonNode date = TxnRoutes.body(req).path("date");
        if (!date.isString()) {
            throw ApiException.badRequest("Provide the switchover date as {\"date\": \"YYYY-MM-DD\"}");
        }
        ObjectNode switchover = Json.object();
        if (date.asString().isBlank()) {
            state.switchover(versions.item(index).id(), "");
            switchover.put("periodText", "");
            switchover.put("date", "");
        } else {
            LocalDate day;
            try {
                day = LocalDate.parse(date.asString().strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("Invalid ISO date format '" + date.asString() + "'. Date should match "
                        + "format YYYY-MM-DD");
            }
            LocalDate start = TimeAxis.start(state.fiscalYear());
            LocalDate end = TimeAxis.end(state.fiscalYear());
            if (day.isBefore(start) || day.isAfter(end)) {
                throw ApiException.badRequest("Specified date '" + date.asString() + "' is out of timescale range "
                        + start + " - " + end);
            }
            YearMonth month = YearMonth.from(day);
            state.switchover(versions.item(index).id(), month.toString());
            switchover.put("periodText", TimeAxis.monthLabel(month));
            switchover.put("date", month.atDay(1).toString());
        }
        switchover.put("calendarType", TimeAxis.CALENDAR_TYPE);
        return SbResponse.ok(Envelopes.single(req, "switchover", "versionSwitchover", switchover));
    }

    private static ObjectNode period(String text, String date) {
        ObjectNode node = Json.object();
        node.put("periodText", text);
        node.put("date", date);
        return node;
    }

    private SbResponse currentPeriod(SbRequest req, SbUser user) {
        return SbResponse.ok(Envelopes.single(req, "currentPeriod", "currentPeriod", current(routes.state(req), true)));
    }

    /** {@code ?date=} or {@code {"date"}}, not both; blank resets; outside the timescale is a 400. */
    private SbResponse setCurrentPeriod(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        String fromQuery = req.query("date");
        String fromBody = req.body().length == 0 ? null : TxnRoutes.body(req).path("date").asString(null);
        if (fromQuery != null && fromBody != null) {
            throw ApiException.badRequest("use query parameter or body to set date, not both");
        }
        String date = fromQuery != null ? fromQuery : fromBody;
        if (date == null) {
            throw ApiException.badRequest("Provide the date as a query parameter or in the body");
        }
        if (date.isBlank()) {
            state.currentPeriod(null);
        } else {
            LocalDate day;
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("Invalid ISO date format '" + date + "'. Date should match format "
                        + "YYYY-MM-DD");
            }
            LocalDate start = TimeAxis.start(state.fiscalYear());
            LocalDate end = TimeAxis.end(state.fiscalYear());
            if (day.isBefore(start) || day.isAfter(end)) {
                throw ApiException.badRequest("Specified date '" + date + "' is out of timescale range " + start + " - "
                        + end);
            }
            state.currentPeriod(YearMonth.from(day).toString());
        }
        return SbResponse.ok(Envelopes.single(req, "currentPeriod", "currentPeriod", current(state, true)));
    }

    private static ObjectNode current(ModelState state, boolean withType) {
        ObjectNode node = Json.object();
        String month = state.currentPeriod();
        node.put("periodText", month == null ? "" : TimeAxis.monthLabel(YearMonth.parse(month)));
        node.put("lastDay", month == null ? "" : YearMonth.parse(month).atEndOfMonth().toString());
        if (withType) {
            node.put("calendarType", TimeAxis.CALENDAR_TYPE);
        }
        return node;
    }

    private SbResponse calendar(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        ObjectNode calendar = Json.object();
        calendar.put("calendarType", TimeAxis.CALENDAR_TYPE);
        calendar.set("fiscalYear", fiscalYear(state.fiscalYear()));
        calendar.put("pastYearsCount", 2);
        calendar.put("futureYearsCount", 0);
        calendar.set("currentPeriod", current(state, false));
        // the names of the server-published object schema (/2/0/objects/modelCalendar) and the reference's example,
        // not the spec file's isQuarterTotals...
        ObjectNode totals = calendar.putObject("totalsSelection");
        totals.put("quarterTotals", true);
        totals.put("halfYearTotals", false);
        totals.put("yearToDateSummary", false);
        totals.put("yearToGoSummary", false);
        totals.put("totalOfAllPeriods", false);
        return SbResponse.ok(Envelopes.single(req, "modelCalendar", "modelCalendar", calendar));
    }

    /** {@code {"year":"FY26"}}; years outside 2015-2035 are out of range. */
    private SbResponse setFiscalYear(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        JsonNode body = TxnRoutes.body(req);
        String year = body.path("year").asString("").strip();
        int value;
        if (year.matches("(?i)FY\\d{2}")) {
            value = 2000 + Integer.parseInt(year.substring(2));
        } else if (year.matches("(?i)(FY)?\\d{4}")) {
            value = Integer.parseInt(year.replaceAll("\\D", ""));
        } else {
            throw ApiException.badRequest("Invalid year '" + year + "': use the form FY25");
        }
        if (value < 2015 || value > 2035) {
            throw ApiException.badRequest("Specified year is out of range: " + value);
        }
        state.fiscalYear(value);
        String current = state.currentPeriod();
        if (current != null && (YearMonth.parse(current).getYear() < TimeAxis.firstYear(value)
                || YearMonth.parse(current).getYear() > value)) {
            state.currentPeriod(null);
        }
        ObjectNode calendar = Json.object();
        calendar.set("fiscalYear", fiscalYear(value));
        return SbResponse.ok(Envelopes.single(req, "modelCalendar", "modelCalendar", calendar));
    }

    private static ObjectNode fiscalYear(int year) {
        ObjectNode node = Json.object();
        node.put("year", "FY" + String.format("%02d", year % 100));
        node.put("startDate", LocalDate.of(year, 1, 1).toString());
        node.put("endDate", LocalDate.of(year, 12, 31).toString());
        return node;
    }
}
