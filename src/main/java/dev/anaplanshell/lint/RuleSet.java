package dev.anaplanshell.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.core.ShellException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules to run: the bundled defaults ({@code rules.json} beside this class), each overridable by a team's
 * file. A file's rule with a known {@code id} changes only the fields it gives ({@code "enabled": false} turns
 * it off; {@code params} merge key by key); a new {@code id} adds a rule and must name its {@code check}.
 */
public final class RuleSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleSet() {
    }

    /** The bundled rules. */
    public static List<Rule> defaults() {
        return load(null);
    }

    /** The bundled rules with {@code file}'s changes (null: none); a bad file is a usage error (exit 2). */
    public static List<Rule> load(Path file) {
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        try (InputStream in = RuleSet.class.getResourceAsStream("rules.json")) {
            merge(rules, JSON.readTree(in), "the bundled rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (file != null) {
            try {
                merge(rules, JSON.readTree(Files.readString(file)), file.toString());
            } catch (NoSuchFileException e) {
                throw ShellException.notFound("rules file not found: " + file);
            } catch (IOException e) {
                throw ShellException.failure("cannot read " + file + ": " + e.getMessage());
            } catch (JacksonException e) {
                throw ShellException.usage(file + " is not valid JSON: " + e.getOriginalMessage());
            }
        }
        List<Rule> result = new ArrayList<>();
        for (ObjectNode r : rules.values()) {
            if (r.path("enabled").asBoolean(true)) {
                String id = r.path("id").asString();
                result.add(new Rule(id, r.path("check").asString(), Severity.parse(r.path("severity").asString(),
                        "in rule '" + id + "'"), r.path("reason").asString(""), r.path("docs").asString(""),
                        r.path("params").isObject() ? r.path("params") : JSON.createObjectNode()));
            }
        }
        return result;
    }

    private static void merge(Map<String, ObjectNode> rules, JsonNode root, String source) {
        JsonNode list = root == null ? null : root.path("rules");
        if (list == null || !list.isArray()) {
            throw ShellException.usage(source + ": expected {\"rules\": [...]}");
        }
        for (JsonNode given : list) {
            String id = given.path("id").asString("");
            if (!given.isObject() || id.isBlank()) {
                throw ShellException.usage(source + ": every rule needs an \"id\"");
            }
            ObjectNode rule = rules.get(id);
            if (rule == null) {
                String check = given.path("check").asString("");
                if (!Checks.NAMES.containsKey(check)) {
                    throw ShellException.usage(source + ": rule '" + id + "' is not a bundled rule and names no known "
                            + "check; checks: " + String.join(", ", Checks.NAMES.keySet()));
                }
                rule = JSON.createObjectNode();
                rules.put(id, rule);
            }
            for (var field : given.properties()) {
                if (field.getKey().equals("params") && rule.path("params").isObject() && field.getValue().isObject()) {
                    ((ObjectNode) rule.get("params")).setAll((ObjectNode) field.getValue());
                } else {
                    rule.set(field.getKey(), field.getValue());
                }
            }
            if (!Checks.NAMES.containsKey(rule.path("check").asString(""))) {
                throw ShellException.usage(source + ": rule '" + id + "' names an unknown check '"
                        + rule.path("check").asString("") + "'");
            }
            Severity.parse(rule.path("severity").asString(""), "in rule '" + id + "' of " + source);
        }
    }
}
