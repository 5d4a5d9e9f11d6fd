package dev.anaplanshell.lint;

import tools.jackson.databind.JsonNode;

/**
 * One rule of a rule set: which {@link Check} it runs, with which parameters, and how it is reported.
 *
 * @param id what findings, {@code --rules} files and SARIF call it
 * @param check the check it runs ({@link Checks#NAMES})
 * @param severity how much its findings matter
 * @param reason one line: why it matters
 * @param docs where it is documented ({@code docs/analysis.md#...})
 * @param params the check's parameters (thresholds, lists), a JSON object
 */
public record Rule(String id, String check, Severity severity, String reason, String docs, JsonNode params) {

    public int intParam(String name) {
        return params.path(name).asInt();
    }

    public String textParam(String name) {
        JsonNode value = params.path(name);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
