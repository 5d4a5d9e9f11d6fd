package dev.anaplanshell.sandbox.data;

public record SbWorkspace(String id, String name, boolean active, long sizeAllowance, long currentSize) {
}
