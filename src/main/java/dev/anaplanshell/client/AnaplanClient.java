package dev.anaplanshell.client;

/**
 * The one facade over Anaplan's REST APIs: a small class per resource, all on one HTTP client.
 * Failures surface as {@link AnaplanApiException}s; collections are lazy streams that follow paging.
 */
public final class AnaplanClient implements AutoCloseable {

    private final Transport transport;
    private final AuthApi auth;
    private final Users users;
    private final Workspaces workspaces;
    private final Models models;
    private final Modules modules;
    private final LineItems lineItems;
    private final Files files;
    private final Imports imports;
    private final Exports exports;
    private final Processes processes;
    private final Actions actions;
    private final Tasks tasks;

    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent) {
        this.transport = new Transport(endpoints, tokens, userAgent);
        this.auth = new AuthApi(transport);
        this.users = new Users(transport);
        this.workspaces = new Workspaces(transport);
        this.models = new Models(transport);
        this.modules = new Modules(transport);
        this.lineItems = new LineItems(transport);
        this.files = new Files(transport);
        this.imports = new Imports(transport);
        this.exports = new Exports(transport);
        this.processes = new Processes(transport);
        this.actions = new Actions(transport);
        this.tasks = new Tasks(transport);
    }

    public Endpoints endpoints() {
        return transport.endpoints();
    }

    public AuthApi auth() {
        return auth;
    }

    public Users users() {
        return users;
    }

    public Workspaces workspaces() {
        return workspaces;
    }

    public Models models() {
        return models;
    }

    public Modules modules() {
        return modules;
    }

    public LineItems lineItems() {
        return lineItems;
    }

    public Files files() {
        return files;
    }

    public Imports imports() {
        return imports;
    }

    public Exports exports() {
        return exports;
    }

    public Processes processes() {
        return processes;
    }

    public Actions actions() {
        return actions;
    }

    public Tasks tasks() {
        return tasks;
    }

    @Override
    public void close() {
        transport.close();
    }
}
