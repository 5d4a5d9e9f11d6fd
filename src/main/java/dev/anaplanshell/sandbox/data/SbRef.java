package dev.anaplanshell.sandbox.data;

/** An id/name pair as the sandbox holds it (appliesTo entries, parents, versions...). */
public record SbRef(String id, String name) {
}
