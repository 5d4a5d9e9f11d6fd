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
    private final LargeReads largeReads;
    private final Lists lists;
    private final Views views;
    private final Dimensions dimensions;
    private final Cells cells;
    private final Calendar calendar;
    private final OAuthApi oauth;
    private final Files files;
    private final Imports imports;
    private final Exports exports;
    private final Processes processes;
    private final Actions actions;
    private final Tasks tasks;

    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent) {
        this(endpoints, tokens, userAgent, HttpTrace.off());
    }

    /** With a {@code --debug} trace of every HTTP call (secrets redacted). */
    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace) {
        this(endpoints, tokens, userAgent, trace, HttpSettings.DEFAULTS, Sleeper.REAL);
    }

    /** A client with its own retries, timeouts, rate limit and proxy, without a trace. */
    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent, HttpSettings http, Sleeper sleeper) {
        this(endpoints, tokens, userAgent, HttpTrace.off(), http, sleeper);
    }

    /**
     * A client with its own retries, timeouts, rate limit and proxy.
     *
     * @param sleeper how it waits between retries and for the rate limit (tests record instead of sleeping)
     */
    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace,
            HttpSettings http, Sleeper sleeper) {
        this.transport = new Transport(endpoints, tokens, userAgent, trace, http, sleeper);
        this.auth = new AuthApi(transport);
        this.users = new Users(transport);
        this.workspaces = new Workspaces(transport);
        this.models = new Models(transport);
        this.modules = new Modules(transport);
        this.lineItems = new LineItems(transport);
        this.largeReads = new LargeReads(transport);
        this.lists = new Lists(transport, largeReads);
        this.views = new Views(transport, largeReads);
        this.dimensions = new Dimensions(transport);
        this.cells = new Cells(transport);
        this.calendar = new Calendar(transport);
        this.oauth = new OAuthApi(transport);
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

    public LargeReads largeReads() {
        return largeReads;
    }

    public Lists lists() {
        return lists;
    }

    public Views views() {
        return views;
    }

    public Dimensions dimensions() {
        return dimensions;
    }

    public Cells cells() {
        return cells;
    }

    /** Versions, model calendar, current period. */
    public Calendar calendar() {
        return calendar;
    }

    /** The OAuth 2.0 service (device grant, refresh tokens). */
    public OAuthApi oauth() {
        return oauth;
    }

    /** Points every later call at other hosts ({@code profile use}). */
    public void useEndpoints(Endpoints endpoints) {
        transport.useEndpoints(endpoints);
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
