package dev.anaplanshell.lint;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings as a SARIF 2.1.0 log (OASIS), which CI systems read to annotate results: one run of the tool
 * {@code anaplan-shell}, the rules as its driver's rules, each finding a result with a logical location
 * ({@code Model/Module/Line Item}) and a physical one ({@link SarifLocations}: GitHub code scanning accepts no
 * result without an artifact URI and a start line).
 */
public final class Sarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Sarif() {
    }

    /**
     * Writes the log; {@code where} says where results point: the line items' CSV in the repository
     * ({@link SarifLocations#ofCsv}), else the model and module ({@link SarifLocations#ofModel}).
     */
    public static void write(String modelName, SarifLocations where, List<Rule> rules, List<Finding> findings,
            String version, Writer out) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        rules.forEach(r -> ruleIndex.put(r.id(), ruleIndex.size()));
        try (JsonGenerator g = JSON.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA);
            g.writeStringProperty("version", "2.1.0");
            g.writeArrayPropertyStart("runs");
            g.writeStartObject();
            g.writeObjectPropertyStart("tool");
            g.writeObjectPropertyStart("driver");
            g.writeStringProperty("name", "anaplan-shell");
            g.writeStringProperty("version", version);
            g.writeArrayPropertyStart("rules");
            for (Rule r : rules) {
                g.writeStartObject();
                g.writeStringProperty("id", r.id());
                g.writeObjectPropertyStart("shortDescription");
                g.writeStringProperty("text", r.reason());
                g.writeEndObject();
                g.writeObjectPropertyStart("help");
                g.writeStringProperty("text", r.reason() + ". See " + r.docs());
                g.writeEndObject();
                g.writeObjectPropertyStart("defaultConfiguration");
                g.writeStringProperty("level", r.severity().label());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayPropertyStart("results");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringProperty("ruleId", f.rule().id());
                g.writeNumberProperty("ruleIndex", ruleIndex.get(f.rule().id()));
                g.writeStringProperty("level", f.severity().label());
                g.writeObjectPropertyStart("message");
                g.writeStringProperty("text", where(f) + ": " + f.message());
                g.writeEndObject();
                g.writeArrayPropertyStart("locations");
                g.writeStartObject();
                g.writeObjectPropertyStart("physicalLocation");
                g.writeObjectPropertyStart("artifactLocation");
                g.writeStringProperty("uri", where.uri(f));
                if (where.uriBaseId() != null) {
                    g.writeStringProperty("uriBaseId", where.uriBaseId());
                }
                g.writeEndObject();
                g.writeObjectPropertyStart("region");
                g.writeNumberProperty("startLine", where.line(f));
                g.writeEndObject();
                g.writeEndObject();
                g.writeArrayPropertyStart("logicalLocations");
                g.writeStartObject();
                g.writeStringProperty("name", f.lineItem() == null ? f.moduleName() : f.lineItem());
                g.writeStringProperty("fullyQualifiedName", modelName + "/" + f.moduleName()
                        + (f.lineItem() == null ? "" : "/" + f.lineItem()));
                g.writeStringProperty("kind", f.lineItem() == null ? "module" : "member");
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeObjectPropertyStart("partialFingerprints");
                g.writeStringProperty("anaplanItem/v1", f.rule().id() + ":" + (f.lineItemId() == null ? f.moduleId()
                        : f.lineItemId()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** {@code 'CAL01 Revenue'.Net Revenue}, or the module's name for a module finding. */
    static String where(Finding f) {
        return f.lineItem() == null ? f.moduleName() : "'" + f.moduleName() + "'." + f.lineItem();
    }
}
