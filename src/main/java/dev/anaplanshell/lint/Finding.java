package dev.anaplanshell.lint;

/**
 * What a rule found: on a line item, or on a whole module ({@code lineItemId} and {@code lineItem} null).
 */
public record Finding(Rule rule, String moduleId, String moduleName, String lineItemId, String lineItem,
        String message) {

    public Severity severity() {
        return rule.severity();
    }
}
