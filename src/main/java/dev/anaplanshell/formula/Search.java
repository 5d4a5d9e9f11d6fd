package dev.anaplanshell.formula;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.core.ShellException;

/**
 * What {@code lineitems grep} looks for: a text (or a Java regular expression) in the formula, name or notes of
 * line items, case-insensitively unless asked otherwise.
 */
public final class Search {

    /** The fields that can be searched. */
    public enum Field {
        FORMULA(LineItem::formula), NAME(LineItem::name), NOTES(LineItem::notes);

        private final Function<LineItem, String> value;

        Field(Function<LineItem, String> value) {
            this.value = value;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code formula}, {@code name}, {@code notes} or {@code all} (the default). */
        public static Set<Field> parse(String text) {
            if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
                return EnumSet.allOf(Field.class);
            }
            try {
                return EnumSet.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ShellException.usage("unknown field '" + text + "': use formula, name, notes or all");
            }
        }
    }

    /** One field of one line item that matches. */
    public record Hit(LineItem item, String field, String text) {
    }

    private final Pattern pattern;
    private final Set<Field> fields;

    public Search(String text, boolean regex, boolean caseSensitive, Set<Field> fields) {
        if (text == null || text.isEmpty()) {
            throw ShellException.usage("missing argument: lineitems grep PATTERN");
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            this.pattern = Pattern.compile(regex ? text : Pattern.quote(text), flags);
        } catch (PatternSyntaxException e) {
            throw ShellException.usage("invalid regular expression '" + text + "': " + e.getDescription());
        }
        this.fields = EnumSet.copyOf(fields);
    }

    /** Every matching field of the line items, in their order, fields in the order formula, name, notes. */
    public Stream<Hit> hits(Stream<LineItem> items) {
        return items.flatMap(li -> fields.stream()
                .map(f -> new Hit(li, f.label(), f.value.apply(li)))
                .filter(h -> h.text() != null && pattern.matcher(h.text()).find()));
    }

    /** Where the pattern matches in a text: {start, end} pairs, for highlighting. */
    public List<int[]> matches(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        return ranges;
    }
}
