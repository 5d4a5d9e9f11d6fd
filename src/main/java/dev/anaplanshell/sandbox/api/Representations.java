package dev.anaplanshell.sandbox.api;

import java.util.List;

import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbModule;
import dev.anaplanshell.sandbox.data.SbRef;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.data.SbWorkspace;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.SbRequest;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/** Sandbox records as Anaplan writes them: field names and order of anaplan-api.md §4–§5, no null fields. */
final class Representations {

    private Representations() {
    }

    static ObjectNode user(SbUser u) {
        ObjectNode n = Json.object();
        n.put("id", u.id());
        n.put("active", true);
        n.put("email", u.email());
        n.put("emailOptIn", false);
        putIfPresent(n, "firstName", u.firstName());
        putIfPresent(n, "lastName", u.lastName());
        putIfPresent(n, "customerId", u.customerId());
        return n;
    }

    static ObjectNode workspace(SbWorkspace w, boolean tenantDetails) {
        ObjectNode n = Json.object();
        n.put("id", w.id());
        n.put("name", w.name());
        n.put("active", w.active());
        n.put("sizeAllowance", w.sizeAllowance());
        if (tenantDetails) {
            n.put("currentSize", w.currentSize());
        }
        return n;
    }

    /**
     * A model; with {@code modelDetails} also every detail field of anaplan-api.md §4.3, in its order:
     * {@code lastSavedSerialNumber} (a number, as the reference's example), {@code lastModifiedByUserGuid} (here the
     * tenant's first user), {@code memoryUsage} (not for archived models), {@code isoCreationDate}, {@code lastModified}.
     */
    static ObjectNode model(SbRequest req, SbModel m, SbWorkspace w, boolean modelDetails, String modifiedBy) {
        ObjectNode n = Json.object();
        n.put("id", m.id());
        n.put("activeState", m.activeState());
        n.put("name", m.name());
        if (modelDetails) {
            n.put("lastSavedSerialNumber", 2_000_000L + Math.floorMod(m.id().hashCode(), 1_000_000));
            putIfPresent(n, "lastModifiedByUserGuid", modifiedBy);
            if (!"ARCHIVED".equals(m.activeState())) {
                n.put("memoryUsage", m.memoryUsage());
            }
        }
        n.put("currentWorkspaceId", m.workspaceId());
        if (w != null) {
            n.put("currentWorkspaceName", w.name());
        }
        n.put("modelUrl", req.url("/anaplan/framework.jsp?selectedWorkspaceId=" + m.workspaceId()
                + "&selectedModelId=" + m.id()));
        n.putArray("categoryValues");
        if (modelDetails) {
            putIfPresent(n, "isoCreationDate", m.isoCreationDate());
            putIfPresent(n, "lastModified", m.lastModified());
        }
        return n;
    }

    static ObjectNode module(SbModule m) {
        ObjectNode n = Json.object();
        n.put("id", m.id());
        n.put("name", m.name());
        return n;
    }

    /**
     * A line item as the API sends it, written straight to the generator (100,000 of them make one body):
     * {@code moduleId, moduleName, id, name}, then with {@code includeAll} every other field, absent ones omitted.
     */
    static void writeLineItem(JsonGenerator g, SbLineItem li, boolean includeAll) {
        g.writeStartObject();
        g.writeStringProperty("moduleId", li.moduleId());
        g.writeStringProperty("moduleName", li.moduleName());
        g.writeStringProperty("id", li.id());
        g.writeStringProperty("name", li.name());
        if (includeAll) {
            g.writeBooleanProperty("isSummary", li.isSummary());
            g.writeBooleanProperty("startOfSection", li.startOfSection());
            g.writeBooleanProperty("broughtForward", li.broughtForward());
            g.writeBooleanProperty("useSwitchover", li.useSwitchover());
            g.writeBooleanProperty("breakback", li.breakback());
            if (li.cellCount() != null) {
                g.writeNumberProperty("cellCount", li.cellCount().longValue());
            }
            writeRef(g, "version", li.version());
            writeRefs(g, "appliesTo", li.appliesTo());
            writeRefs(g, "dataTags", li.dataTags());
            writeRefs(g, "referencedBy", li.referencedBy());
            writeRef(g, "parent", li.parent());
            writeRef(g, "readAccessDriver", li.readAccessDriver());
            writeRef(g, "writeAccessDriver", li.writeAccessDriver());
            Json.writeValue(g, "formula", li.formula());
            Json.writeValue(g, "format", li.format());
            Json.writeValue(g, "formatMetadata", li.formatMetadata());
            Json.writeValue(g, "summary", li.summary());
            Json.writeValue(g, "timeScale", li.timeScale());
            Json.writeValue(g, "timeRange", li.timeRange());
            Json.writeValue(g, "formulaScope", li.formulaScope());
            Json.writeValue(g, "style", li.style());
            Json.writeValue(g, "code", li.code());
            Json.writeValue(g, "notes", li.notes());
        }
        g.writeEndObject();
    }

    private static void writeRef(JsonGenerator g, String key, SbRef ref) {
        if (ref != null) {
            g.writeName(key);
            writeRef(g, ref);
        }
    }

    private static void writeRef(JsonGenerator g, SbRef ref) {
        g.writeStartObject();
        g.writeStringProperty("name", ref.name());
        g.writeStringProperty("id", ref.id());
        g.writeEndObject();
    }

    private static void writeRefs(JsonGenerator g, String key, List<SbRef> refs) {
        if (refs != null) {
            g.writeName(key);
            g.writeStartArray();
            refs.forEach(ref -> writeRef(g, ref));
            g.writeEndArray();
        }
    }

    private static void putIfPresent(ObjectNode target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }
}
