package dev.anaplanshell.client;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Reads one JSON object of a listing straight into the text cells of the wanted fields, in their order, with no
 * record and no tree in between (the path of {@code lineitems export}, where 100,000 rows are usual):
 * <ul>
 * <li>strings as they are, numbers as written, {@code true}/{@code false}; {@code null} and absent fields empty;</li>
 * <li>a reference ({@code {"id":...,"name":...}}, no other fields) its name;</li>
 * <li>an array its elements, each flattened by these rules, joined by {@code ;};</li>
 * <li>any other object (such as {@code formatMetadata}) compact JSON.</li>
 * </ul>
 * Fields not asked for are skipped unread. The same rules as the table and CSV listings apply to records.
 */
final class FlatRowReader implements JsonArrayStreamer.ElementReader<String[]> {

    private final Map<String, Integer> index = new HashMap<>();
    private final int width;
    /*
     * Rows of a listing repeat their field names in the same order, and the parser hands out the same String for the
     * same name: the k-th name of the last row, checked by identity, saves a map lookup per field (and, for nested
     * objects, the quoting of the name). A miss only costs the lookup.
     */
    private String[] lastNames = new String[32];
    private int[] lastColumns = new int[32];
    private final String[] nestedNames = new String[256];
    private final String[] nestedQuoted = new String[256];
    /** Compact JSON of the current nested object, reused from row to row. */
    private final StringBuilder json = new StringBuilder(256);
    /** The leading {@code id} and {@code name} fields of the current nested object, while it may be a reference. */
    private static final int HELD = 2;
    private final String[] heldFields = new String[HELD];
    private final JsonToken[] heldTokens = new JsonToken[HELD];
    private final String[] heldStrings = new String[HELD];
    private int held;
    private static final JsonStringEncoder ESCAPER = JsonStringEncoder.getInstance();

    FlatRowReader(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i), i);
        }
        this.width = fields.size();
    }

    @Override
    public String[] read(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonArrayStreamer.JsonShapeException(parser, "expected a JSON object for each row");
        }
        String[] row = new String[width];
        Arrays.fill(row, "");
        int k = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            int column = column(parser.currentName(), k++);
            JsonToken value = parser.nextToken();
            if (column < 0) {
                parser.skipChildren();
            } else {
                row[column] = cell(parser, value);
            }
        }
        return row;
    }

    /** The column of the {@code k}-th field of a row, named {@code name}; -1 when not wanted. */
    private int column(String name, int k) {
        if (k >= lastNames.length) {
            lastNames = Arrays.copyOf(lastNames, k * 2);
            lastColumns = Arrays.copyOf(lastColumns, k * 2);
        }
        if (lastNames[k] != name) {
            Integer column = index.get(name);
            lastNames[k] = name;
            lastColumns[k] = column == null ? -1 : column;
        }
        return lastColumns[k];
    }

    /**
     * {@code "name":} for a field of a nested object, quoted as JSON (a small cache by hash, checked by identity; two
     * names that share a slot would otherwise be quoted again at every row, hence the second slot).
     */
    private String nestedName(String name) {
        int slot = name.hashCode() & (nestedNames.length - 1);
        if (nestedNames[slot] != name && nestedNames[slot] != null) {
            slot ^= 1;
        }
        if (nestedNames[slot] != name) {
            StringBuilder quoted = new StringBuilder(name.length() + 3);
            quoted(name, quoted);
            nestedNames[slot] = name;
            nestedQuoted[slot] = quoted.append(':').toString();
        }
        return nestedQuoted[slot];
    }

    private String cell(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_ARRAY -> list(parser);
            case START_OBJECT -> object(parser);
            default -> "";
        };
    }

    private String list(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return "";
        }
        String first = cell(parser, token);
        if ((token = parser.nextToken()) == JsonToken.END_ARRAY) {
            return first; // one element, the usual case
        }
        StringBuilder joined = new StringBuilder(first);
        do {
            joined.append(';').append(cell(parser, token));
        } while ((token = parser.nextToken()) != JsonToken.END_ARRAY);
        return joined.toString();
    }

    /**
     * The object the parser is on (its start), read to its end: a reference by its name, anything else as compact
     * JSON, written here from the tokens (a tree per row costs more than the rest of the row). Most objects are
     * references, so their leading {@code id} and {@code name} fields are only held ({@link #hold}); the JSON is
     * written, those fields first, once a field of another kind shows the object is not one.
     */
    private String object(JsonParser parser) {
        String name = "";
        held = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean isName = field.equals("name");
            if (held < HELD && value.isScalarValue() && (isName || field.equals("id"))) {
                hold(parser, field, value);
                if (isName && value == JsonToken.VALUE_STRING) {
                    name = heldStrings[held - 1];
                }
            } else {
                return written(parser, field, value, name);
            }
        }
        return held == 0 ? "{}" : name;
    }

    /** Keeps an {@code id} or {@code name} field aside: its name, its kind and its text. */
    private void hold(JsonParser parser, String field, JsonToken value) {
        heldFields[held] = field;
        heldTokens[held] = value;
        heldStrings[held] = value == JsonToken.VALUE_STRING || value.isNumeric() ? parser.getString() : null;
        held++;
    }

    /**
     * Writes the object as compact JSON from its held fields and then the parser's, from {@code field} (its value the
     * current token) to the end; a reference by its name after all when no field but {@code id} and {@code name}
     * comes.
     */
    private String written(JsonParser parser, String field, JsonToken value, String nameSoFar) {
        json.setLength(0);
        json.append('{');
        for (int i = 0; i < held; i++) {
            json.append(nestedName(heldFields[i]));
            JsonToken kind = heldTokens[i];
            if (kind == JsonToken.VALUE_STRING) {
                quoted(heldStrings[i], json);
            } else if (kind.isNumeric()) {
                json.append(heldStrings[i]);
            } else {
                json.append(kind == JsonToken.VALUE_TRUE ? "true" : kind == JsonToken.VALUE_FALSE ? "false" : "null");
            }
            json.append(',');
        }
        boolean reference = true;
        String name = nameSoFar;
        String current = field;
        JsonToken currentValue = value;
        while (true) {
            if (current.equals("name") && currentValue == JsonToken.VALUE_STRING) {
                name = parser.getString();
            } else if (!current.equals("id") && !current.equals("name")) {
                reference = false;
            }
            json.append(nestedName(current));
            value(parser, currentValue);
            if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
                break;
            }
            json.append(',');
            current = parser.currentName();
            currentValue = parser.nextToken();
        }
        return reference ? name : json.append('}').toString();
    }

    /** Appends one JSON value (the parser on its first token) as compact JSON. */
    private void value(JsonParser parser, JsonToken token) {
        switch (token) {
            case START_OBJECT -> {
                json.append('{');
                boolean first = true;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    quoted(parser.currentName(), json);
                    json.append(':');
                    value(parser, parser.nextToken());
                }
                json.append('}');
            }
            case START_ARRAY -> {
                json.append('[');
                boolean first = true;
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    value(parser, next);
                }
                json.append(']');
            }
            case VALUE_STRING -> quoted(parser);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.append(parser.getStringCharacters(),
                    parser.getStringOffset(), parser.getStringLength());
            case VALUE_TRUE -> json.append("true");
            case VALUE_FALSE -> json.append("false");
            default -> json.append("null");
        }
    }

    private static void quoted(String text, StringBuilder to) {
        to.append('"');
        if (plain(text)) {
            to.append(text);
        } else {
            ESCAPER.quoteAsString(text, to);
        }
        to.append('"');
    }

    /** The parser's current string, quoted, from its buffer: no String made for it. */
    private void quoted(JsonParser parser) {
        char[] chars = parser.getStringCharacters();
        int start = parser.getStringOffset();
        int end = start + parser.getStringLength();
        for (int i = start; i < end; i++) {
            if (escaped(chars[i])) {
                quoted(parser.getString(), json);
                return;
            }
        }
        json.append('"').append(chars, start, end - start).append('"');
    }

    /** True when JSON needs no escape in {@code text}: the usual case, and much cheaper to find than to escape. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (escaped(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether JSON writes {@code c} escaped inside a string: a control character, a quote or a backslash. */
    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }
}
