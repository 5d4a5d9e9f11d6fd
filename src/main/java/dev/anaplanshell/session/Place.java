package dev.anaplanshell.session;

/** Where the session is: the current workspace and model, each {@code null} until chosen. */
public record Place(Named workspace, Named model) {

    public static final Place NOWHERE = new Place(null, null);

    /** An id and a display name. */
    public record Named(String id, String name) {
    }
}
