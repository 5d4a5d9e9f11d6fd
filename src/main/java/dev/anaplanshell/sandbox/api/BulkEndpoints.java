package dev.anaplanshell.sandbox.api;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.bulk.BulkRegistry;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.tenant.Tenant;

/** The Bulk API (anaplan-api.md §7): files and chunks, definitions, tasks and dumps. */
public final class BulkEndpoints {

    private BulkEndpoints() {
    }

    public static void register(Router router, Tenant tenant, IntegrationAuth auth, SandboxOptions options) {
        BulkSupport bulk = new BulkSupport(tenant, auth, new BulkRegistry(options.taskDuration(), options.exportMb()),
                options.clock());
        new FileEndpoints(bulk).register(router);
        new ActionEndpoints(bulk).register(router);
        new TaskEndpoints(bulk).register(router);
    }
}
