package dev.anaplanshell.sandbox.data;

import java.util.List;

/** Everything the sandbox serves: built once at start-up, deterministic for a given size. */
public record SbDemoData(List<SbUser> users, List<SbWorkspace> workspaces, List<SbModel> models) {
}
