package dev.anaplanshell.diff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.anaplanshell.core.ShellException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares two CSV files with headers, rows matched by key columns. Strategy: a key map. The old file is read
 * into memory once (key to values); the new file is then streamed row by row, so differences come out as it is
 * read, in its order; old rows never matched are reported as removed at the end. Memory grows with the old
 * file only, and neither file needs to be sorted.
 */
public final class CsvDiff {

    static final String KEY_SEPARATOR = "|";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvDiff() {
    }

    /** The differences, lazily: close the stream to close the new file. */
    public static Stream<RowChange> compare(Path oldFile, Path newFile, List<String> keyColumns) {
        if (keyColumns.isEmpty()) {
            throw ShellException.usage("--key needs at least one column");
        }
        Table old = Table.load(oldFile, keyColumns);
        CSVParser parser = open(newFile);
        try {
            List<String> header = parser.getHeaderNames();
            int[] key = keyIndexes(header, keyColumns, newFile);
            Iterator<RowChange> changes = new Changes(old, header, key, parser.iterator(), newFile);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(changes, Spliterator.ORDERED), false)
                    .onClose(() -> close(parser));
        } catch (RuntimeException e) {
            close(parser);
            throw e;
        }
    }

    /** The old file: its header and its rows by key, in file order. */
    private record Table(List<String> header, Map<String, String[]> rows) {
        static Table load(Path file, List<String> keyColumns) {
            try (CSVParser parser = open(file)) {
                List<String> header = parser.getHeaderNames();
                int[] key = keyIndexes(header, keyColumns, file);
                Map<String, String[]> rows = new LinkedHashMap<>();
                for (CSVRecord r : parser) {
                    String[] values = values(r, header.size());
                    if (rows.put(key(values, key), values) != null) {
                        throw duplicate(file, r, key(values, key));
                    }
                }
                return new Table(header, rows);
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw unreadable(file, e);
            }
        }
    }

    /** Walks the new file, then what is left of the old one. */
    private static final class Changes implements Iterator<RowChange> {
        private final Table old;
        private final List<String> header;
        private final int[] key;
        private final Iterator<CSVRecord> records;
        private final Path file;
        private final Map<String, Integer> oldIndex = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private final List<RowChange> pending = new ArrayList<>();
        private Iterator<Map.Entry<String, String[]>> leftovers;
        private int next;

        Changes(Table old, List<String> header, int[] key, Iterator<CSVRecord> records, Path file) {
            this.old = old;
            this.header = header;
            this.key = key;
            this.records = records;
            this.file = file;
            for (int i = 0; i < old.header().size(); i++) {
                oldIndex.put(old.header().get(i), i);
            }
            for (String column : header) {
                if (!oldIndex.containsKey(column)) {
                    pending.add(new RowChange(Change.ADDED, "", column, "", ""));
                }
            }
            old.header().stream().filter(c -> !header.contains(c))
                    .forEach(c -> pending.add(new RowChange(Change.REMOVED, "", c, "", "")));
        }

        @Override
        public boolean hasNext() {
            while (next >= pending.size()) {
                pending.clear();
                next = 0;
                if (hasMoreRecords()) {
                    compare(records.next());
                } else {
                    if (leftovers == null) {
                        leftovers = old.rows().entrySet().iterator();
                    }
                    if (!leftovers.hasNext()) {
                        return false;
                    }
                    pending.add(new RowChange(Change.REMOVED, leftovers.next().getKey(), "", "", ""));
                }
            }
            return true;
        }

        @Override
        public RowChange next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.get(next++);
        }

        private boolean hasMoreRecords() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(file, e);
            }
        }

        private void compare(CSVRecord record) {
            String[] values = values(record, header.size());
            String k = key(values, key);
            if (!seen.add(k)) {
                throw duplicate(file, record, k);
            }
            String[] before = old.rows().remove(k);
            if (before == null) {
                pending.add(new RowChange(Change.ADDED, k, "", "", ""));
                return;
            }
            for (int i = 0; i < header.size(); i++) {
                Integer j = oldIndex.get(header.get(i));
                if (j != null && !before[j].equals(values[i])) {
                    pending.add(new RowChange(Change.CHANGED, k, header.get(i), before[j], values[i]));
                }
            }
        }
    }

    private static CSVParser open(Path file) {
        try {
            Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser parser = FORMAT.parse(reader);
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw ShellException.failure("cannot compare " + file + ": it has no header row");
            }
            return parser;
        } catch (NoSuchFileException e) {
            throw ShellException.failure("cannot read " + file + ": no such file");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable(file, e);
        }
    }

    private static ShellException unreadable(Path file, Exception e) {
        if (e instanceof ShellException se) {
            return se;
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return ShellException.failure("cannot read " + file + ": " + (cause.getMessage() != null
                ? cause.getMessage() : cause.getClass().getSimpleName()));
    }

    private static int[] keyIndexes(List<String> header, List<String> keyColumns, Path file) {
        int[] key = new int[keyColumns.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = header.indexOf(keyColumns.get(i));
            if (key[i] < 0) {
                throw ShellException.usage("key column '" + keyColumns.get(i) + "' is not in " + file + " (columns: "
                        + String.join(",", header) + ")");
            }
        }
        return key;
    }

    private static String[] values(CSVRecord r, int width) {
        String[] values = new String[width];
        for (int i = 0; i < width; i++) {
            values[i] = i < r.size() ? r.get(i) : "";
        }
        return values;
    }

    private static String key(String[] values, int[] key) {
        return Arrays.stream(key).mapToObj(i -> values[i]).collect(Collectors.joining(KEY_SEPARATOR));
    }

    private static ShellException duplicate(Path file, CSVRecord r, String key) {
        return ShellException.failure("key '" + key + "' appears twice in " + file + " (record "
                + r.getRecordNumber() + "): choose --key columns that identify each row");
    }

    private static void close(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing left to read
        }
    }
}
