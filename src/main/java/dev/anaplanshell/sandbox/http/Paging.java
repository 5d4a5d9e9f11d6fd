package dev.anaplanshell.sandbox.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.databind.node.ObjectNode;

/** {@code offset}/{@code limit} of a collection request: 0 and 5,000 unless given; bad values are a 400. */
record Paging(int offset, int limit) {

    static final int DEFAULT_LIMIT = 5_000;

    static Paging of(SbRequest req) {
        int offset = parse(req, "offset", 0, 0);
        int limit = parse(req, "limit", DEFAULT_LIMIT, 1);
        return new Paging(offset, limit);
    }

    private static int parse(SbRequest req, String name, int fallback, int minimum) {
        String raw = req.query(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw ApiException.badRequest("Invalid value for '" + name + "': '" + raw + "'. It must be an integer of at least "
                + minimum + ".");
    }

    <T> List<T> slice(List<T> rows) {
        int from = Math.min(offset, rows.size());
        int to = (int) Math.min((long) from + limit, rows.size());
        return rows.subList(from, to);
    }

    ObjectNode describe(SbRequest req, int pageSize, int total) {
        ObjectNode paging = Json.object();
        paging.put("currentPageSize", pageSize);
        paging.put("offset", offset);
        paging.put("totalSize", total);
        if ((long) offset + pageSize < total) {
            paging.put("next", link(req, offset + pageSize));
        }
        if (offset > 0) {
            paging.put("previous", link(req, Math.max(0, offset - limit)));
        }
        return paging;
    }

    private String link(SbRequest req, int newOffset) {
        StringJoiner query = new StringJoiner("&");
        query.add("limit=" + limit).add("offset=" + newOffset);
        for (Map.Entry<String, String> p : req.query().entrySet()) {
            if (!p.getKey().equals("limit") && !p.getKey().equals("offset")) {
                query.add(encode(p.getKey()) + "=" + encode(p.getValue()));
            }
        }
        return req.url(req.path()) + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
