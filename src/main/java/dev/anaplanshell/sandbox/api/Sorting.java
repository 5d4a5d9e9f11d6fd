package dev.anaplanshell.sandbox.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.data.SbWorkspace;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.SbRequest;

/** {@code sort=+field,-field} and {@code s=} search on the tenant-level lists (anaplan-api.md §3.4). */
final class Sorting {

    static final Map<String, Function<SbModel, Comparable<?>>> MODEL_FIELDS =
            Map.of("name", SbModel::name, "activeState", SbModel::activeState);
    static final Map<String, Function<SbUser, Comparable<?>>> USER_FIELDS = Map.of(
            "firstName", u -> String.valueOf(u.firstName()), "lastName", u -> String.valueOf(u.lastName()),
            "email", SbUser::email, "active", u -> Boolean.TRUE);
    static final Map<String, Function<SbWorkspace, Comparable<?>>> WORKSPACE_FIELDS =
            Map.of("name", SbWorkspace::name, "sizeAllowance", SbWorkspace::sizeAllowance);

    private Sorting() {
    }

    /** Rows in {@code sort} order; a missing prefix or an unknown field is a 400, as on the real service. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> List<T> sort(SbRequest req, List<T> rows, Map<String, Function<T, Comparable<?>>> fields) {
        String sort = req.query("sort");
        if (sort == null || sort.isBlank()) {
            return rows;
        }
        Comparator<T> order = null;
        for (String raw : sort.split(",")) {
            // an unencoded '+' arrives as a space
            String term = raw.startsWith(" ") ? "+" + raw.substring(1) : raw.trim();
            String field = term.length() > 1 ? term.substring(1) : "";
            Function<T, Comparable<?>> key = fields.get(field);
            if (key == null || !(term.startsWith("+") || term.startsWith("-"))) {
                throw ApiException.badRequest("Bad sort order format: '" + term
                        + "'. Please follow (-){column_name_1},(+){column_name_2}.. format");
            }
            Comparator<T> next = Comparator.comparing(row -> (Comparable) key.apply(row));
            next = term.startsWith("-") ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        return rows.stream().sorted(order).toList();
    }

    /** {@code s=}: case-insensitive substring, {@code %} any run of characters, {@code _} one character. */
    static boolean matches(SbRequest req, String name) {
        String s = req.query("s");
        if (s == null || s.isEmpty()) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(".*" + regex + ".*", Pattern.DOTALL).matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
