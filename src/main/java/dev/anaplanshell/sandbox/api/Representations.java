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

    static ObjectNode model(SbRequest req, SbModel m, SbWorkspace w, boolean modelDetails) {
        ObjectNode n = Json.object();
        n.put("id", m.id());
        n.put("activeState", m.activeState());
        n.put("name", m.name());
        n.put("currentWorkspaceId", m.workspaceId());
        if (w != null) {
            n.put("currentWorkspaceName", w.name());
        }
        n.put("modelUrl", req.url("/anaplan/framework.jsp?selectedWorkspaceId=" + m.workspaceId()
                + "&selectedModelId=" + m.id()));
        n.putArray("categoryValues");
        if (modelDetails) {
            if (!"ARCHIVED".equals(m.activeState())) {
                n.put("memoryUsage", m.memoryUsage());
            }
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

    /** Identifiers only, or (includeAll) every field, in the order Anaplan documents them. */
    static ObjectNode lineItem(SbLineItem li, boolean includeAll) {
        ObjectNode n = Json.object();
        n.put("moduleId", li.moduleId());
        n.put("moduleName", li.moduleName());
        n.put("id", li.id());
        n.put("name", li.name());
        if (!includeAll) {
            return n;
        }
        n.put("isSummary", li.isSummary());
        n.put("startOfSection", li.startOfSection());
        n.put("broughtForward", li.broughtForward());
        n.put("useSwitchover", li.useSwitchover());
        n.put("breakback", li.breakback());
        if (li.cellCount() != null) {
            n.put("cellCount", li.cellCount());
        }
        putRef(n, "version", li.version());
        putRefs(n, "appliesTo", li.appliesTo());
        putRefs(n, "dataTags", li.dataTags());
        putRefs(n, "referencedBy", li.referencedBy());
        putRef(n, "parent", li.parent());
        putRef(n, "readAccessDriver", li.readAccessDriver());
        putRef(n, "writeAccessDriver", li.writeAccessDriver());
        putIfPresent(n, "formula", li.formula());
        putIfPresent(n, "format", li.format());
        Json.putValue(n, "formatMetadata", li.formatMetadata());
        putIfPresent(n, "summary", li.summary());
        putIfPresent(n, "timeScale", li.timeScale());
        putIfPresent(n, "timeRange", li.timeRange());
        putIfPresent(n, "formulaScope", li.formulaScope());
        putIfPresent(n, "style", li.style());
        putIfPresent(n, "code", li.code());
        putIfPresent(n, "notes", li.notes());
        return n;
    }

    private static void putRef(ObjectNode target, String key, SbRef ref) {
        if (ref != null) {
            ObjectNode r = target.putObject(key);
            r.put("name", ref.name());
            r.put("id", ref.id());
        }
    }

    private static void putRefs(ObjectNode target, String key, List<SbRef> refs) {
        if (refs != null) {
            var array = target.putArray(key);
            refs.forEach(ref -> array.addObject().put("name", ref.name()).put("id", ref.id()));
        }
    }

    private static void putIfPresent(ObjectNode target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }
}
