package dev.anaplanshell.sandbox.data;

public record SbModule(String id, String name) {
}
