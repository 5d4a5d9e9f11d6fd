package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.CurrentPeriod;
import dev.anaplanshell.client.model.ModelCalendar;
import dev.anaplanshell.client.model.Version;

/** Versions, the model calendar and the current period. */
public final class Calendar {

    private final Transport transport;

    Calendar(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /models/{m}/versions}. */
    public Stream<Version> versions(String modelId) {
        return transport.all("/models/" + modelId + "/versions", Map.of(), "versionMetadata", Version.class);
    }

    /** {@code GET /models/{m}/modelCalendar}. */
    public ModelCalendar calendar(String modelId) {
        return transport.convert(transport.get("/models/" + modelId + "/modelCalendar", Map.of()).path("modelCalendar"),
                ModelCalendar.class);
    }

    /** {@code GET /models/{m}/currentPeriod}. */
    public CurrentPeriod currentPeriod(String modelId) {
        return transport.convert(transport.get("/models/" + modelId + "/currentPeriod", Map.of()).path("currentPeriod"),
                CurrentPeriod.class);
    }

    /**
     * {@code PUT /models/{m}/currentPeriod} with {@code {"date"}} ({@code YYYY-MM-DD}, blank to reset): the period
     * containing the date becomes current. 400: a malformed date or one outside the timescale.
     */
    public CurrentPeriod setCurrentPeriod(String modelId, String date) {
        return transport.convert(transport.send("PUT", "/models/" + modelId + "/currentPeriod", Map.of(),
                Map.of("date", date)).path("currentPeriod"), CurrentPeriod.class);
    }

    /** {@code PUT /models/{m}/modelCalendar/fiscalYear} with {@code {"year":"FY25"}}. 400: out of range. */
    public ModelCalendar.FiscalYear setFiscalYear(String modelId, String year) {
        return transport.convert(transport.send("PUT", "/models/" + modelId + "/modelCalendar/fiscalYear", Map.of(),
                Map.of("year", year)).path("modelCalendar").path("fiscalYear"), ModelCalendar.FiscalYear.class);
    }
}
