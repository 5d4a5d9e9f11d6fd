package dev.anaplanshell.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.model.LineItem;

/**
 * The line items a formula references, read the way Anaplan writes them: {@code 'Module Name'.Line Item},
 * {@code Module.Line Item} (also unquoted module names with spaces) and bare names of line items of the
 * formula's own module. Names match case-insensitively and the longest name wins, so {@code Net Revenue PY}
 * is not read as {@code Net Revenue}. String literals are skipped, and so are qualifiers that are not modules
 * ({@code Versions.Actual}, {@code 'Cost Centres'.'All Cost Centres'}) and words directly followed by
 * {@code (} (function calls). A reference to a line item that does not exist is ignored.
 */
public final class FormulaReferences {

    private final LineItemIndex index;

    public FormulaReferences(LineItemIndex index) {
        this.index = index;
    }

    /** Where a formula names a line item: {@code formula.substring(start, end)} is the reference as written. */
    public record Span(int start, int end, LineItem item) {
    }

    /** What the line item's formula references, in order of first appearance, without itself. */
    public List<LineItem> of(LineItem item) {
        List<LineItem> found = new ArrayList<>();
        for (Span span : spans(item)) {
            if (!found.contains(span.item()) && !span.item().equals(item)) {
                found.add(span.item());
            }
        }
        return found;
    }

    /** Every reference in the line item's formula, in order, itself included, for linking the text. */
    public List<Span> spans(LineItem item) {
        List<Span> found = new ArrayList<>();
        if (item.formula() != null && !item.formula().isBlank()) {
            new Scan(item.formula(), index.module(item.moduleName()), found).run();
        }
        return found;
    }

    /** One pass over one formula. */
    private final class Scan {
        private final String f;
        private final Map<String, LineItem> own;
        private final List<Span> found;

        Scan(String formula, Map<String, LineItem> own, List<Span> found) {
            this.f = formula;
            this.own = own;
            this.found = found;
        }

        void run() {
            int i = 0;
            while (i < f.length()) {
                char c = f.charAt(i);
                if (c == '"') {
                    i = closing(i, '"');
                } else if (c == '\'') {
                    int end = closing(i, '\'');
                    String quoted = f.substring(i + 1, Math.max(i + 1, end - 1));
                    if (end < f.length() && f.charAt(end) == '.') {
                        i = qualified(index.module(quoted), i, end + 1);
                    } else {
                        add(own == null ? null : own.get(LineItemIndex.key(quoted)), i, end);
                        i = end;
                    }
                } else if (Character.isLetterOrDigit(c) && (i == 0 || !isWord(f.charAt(i - 1)))) {
                    i = word(i);
                } else {
                    i++;
                }
            }
        }

        /** At the start of a word: a module and its line item, a line item of the own module, or neither. */
        private int word(int start) {
            int moduleEnd = longest(start, index.longestModule(), null, true);
            if (moduleEnd > 0) {
                return qualified(index.module(f.substring(start, moduleEnd)), start, moduleEnd + 1);
            }
            int itemEnd = longest(start, index.longestItem(), own, false);
            if (itemEnd > 0) {
                add(own.get(LineItemIndex.key(f.substring(start, itemEnd))), start, itemEnd);
                return itemEnd;
            }
            int end = start;
            while (end < f.length() && isWord(f.charAt(end))) {
                end++;
            }
            if (end < f.length() && f.charAt(end) == '.') {
                return skipName(end + 1);
            }
            return end;
        }

        /** After {@code Module.}: the line item's name, quoted or the longest that fits. */
        private int qualified(Map<String, LineItem> module, int from, int start) {
            if (module == null) {
                return skipName(start);
            }
            if (start < f.length() && f.charAt(start) == '\'') {
                int end = closing(start, '\'');
                add(module.get(LineItemIndex.key(f.substring(start + 1, Math.max(start + 1, end - 1)))), from, end);
                return end;
            }
            int end = longest(start, index.longestItem(), module, false);
            if (end < 0) {
                return skipName(start);
            }
            add(module.get(LineItemIndex.key(f.substring(start, end))), from, end);
            return end;
        }

        /**
         * The end of the longest name in {@code names} starting at {@code start} (for modules: followed by a
         * '.'), or -1.
         */
        private int longest(int start, int maxLength, Map<String, LineItem> names, boolean moduleName) {
            if (!moduleName && names == null) {
                return -1;
            }
            for (int end = Math.min(f.length(), start + maxLength); end > start; end--) {
                // only where a name can end (a '.' after a module, a boundary after a line item): no substring
                // for every length, which made this the report's hot spot on 100,000 line items
                if (moduleName ? end < f.length() && f.charAt(end) == '.'
                        && index.module(f.substring(start, end)) != null
                        : boundary(end) && names.containsKey(LineItemIndex.key(f.substring(start, end)))) {
                    return end;
                }
            }
            return -1;
        }

        private boolean boundary(int end) {
            return end == f.length() || !isWord(f.charAt(end)) && f.charAt(end) != '(' && f.charAt(end) != '.';
        }

        private int skipName(int start) {
            if (start < f.length() && f.charAt(start) == '\'') {
                return closing(start, '\'');
            }
            int i = start;
            while (i < f.length() && isWord(f.charAt(i))) {
                i++;
            }
            return i;
        }

        private int closing(int open, char quote) {
            int end = f.indexOf(quote, open + 1);
            return end < 0 ? f.length() : end + 1;
        }

        private void add(LineItem item, int start, int end) {
            if (item != null) {
                found.add(new Span(start, end, item));
            }
        }
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
