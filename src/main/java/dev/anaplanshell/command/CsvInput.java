package dev.anaplanshell.command;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file the user loads: header and rows, read whole before anything is sent, so a malformed file fails with
 * one line and exit 2 and nothing reaches the service. Also writes the rejected rows with their reasons.
 */
record CsvInput(Path file, List<String> header, List<List<String>> rows) {

    static CsvInput read(String file) {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            throw ShellException.notFound("no such file: " + file);
        }
        try (Reader reader = new java.io.BufferedReader(InputFiles.reader(path));
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            if (header.isEmpty() || header.stream().anyMatch(String::isBlank)) {
                throw ShellException.usage(file + ":1: the header needs a name for every column");
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw ShellException.usage(file + ":" + (record.getRecordNumber() + 1) + ": " + record.size()
                            + " fields, the header has " + header.size());
                }
                rows.add(record.toList());
            }
            return new CsvInput(path, header, rows);
        } catch (NoSuchFileException e) {
            throw ShellException.notFound("no such file: " + file);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw ShellException.usage(file + ": not valid CSV: " + message);
        }
    }

    /** A malformed cell: exit 2, naming the file, line and column. */
    ShellException bad(int row, String column, String problem) {
        return ShellException.usage(file + ":" + (row + 2) + ": column '" + column + "': " + problem);
    }

    /** The rows at {@code indexes} with a last column {@code reason}, written whole to {@code target}. */
    void writeRejected(String target, List<Integer> indexes, List<String> reasons) {
        List<String> columns = new ArrayList<>(header);
        columns.add("reason");
        AtomicFile.write(Path.of(target), writer -> {
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(columns.toArray(String[]::new)).get());
            for (int i = 0; i < indexes.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(indexes.get(i)));
                row.add(reasons.get(i));
                printer.printRecord(row);
            }
            printer.flush();
            return indexes.size();
        });
    }

    /** Exit 6 with a summary, after the counts were printed. */
    static ShellException rejected(int rejected, int total, String rejectedFile) {
        return new ShellException(ExitCodes.REJECTED, rejected + " of " + total + " rows rejected"
                + (rejectedFile != null ? ": see " + rejectedFile : " (use --rejected FILE to keep them with reasons)"));
    }
}
