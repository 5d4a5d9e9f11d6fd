package dev.anaplanshell.lint;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where a SARIF result points in a file, as GitHub code scanning needs it (a physical location: an artifact URI
 * and a region with a start line). With the line items' CSV that a team keeps in its repository
 * ({@code lineitems export}), a finding points at its line item's row (a module's finding at the module's first
 * row); without one, at {@code anaplan/MODEL/MODULE}, line 1: a path in no repository, which code scanning lists
 * without a source view.
 */
public final class SarifLocations {

    /** GitHub's base for paths relative to the repository's root. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    private final String modelName;
    private final String fileUri;
    private final boolean relative;
    private final Map<String, Integer> lines;

    private SarifLocations(String modelName, String fileUri, boolean relative, Map<String, Integer> lines) {
        this.modelName = modelName;
        this.fileUri = fileUri;
        this.relative = relative;
        this.lines = lines;
    }

    /** Findings located by model and module names only. */
    public static SarifLocations ofModel(String modelName) {
        return new SarifLocations(modelName, null, true, Map.of());
    }

    /**
     * Findings located in {@code csv}, a line-item CSV with an {@code id} and a {@code moduleId} column (as
     * {@code lineitems export} writes it), read as every file the user names is ({@link InputFiles#reader}: a device
     * or a folder refused); a relative path stays relative (to the repository's root).
     */
    public static SarifLocations ofCsv(Path csv) {
        if (!Files.exists(csv)) {
            throw ShellException.notFound("artifact file not found: " + csv);
        }
        Map<String, Integer> lines = new HashMap<>();
        try (Reader in = InputFiles.reader(csv);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in)) {
            if (!parser.getHeaderMap().containsKey("id") || !parser.getHeaderMap().containsKey("moduleId")) {
                throw ShellException.usage(csv + " has no 'id' and 'moduleId' columns: give the CSV that "
                        + "'lineitems export' writes");
            }
            long start = parser.getCurrentLineNumber() + 1;
            for (CSVRecord row : parser) {
                lines.putIfAbsent(row.get("id"), (int) start);
                lines.putIfAbsent("m:" + row.get("moduleId"), (int) start);
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (NoSuchFileException e) {
            throw ShellException.notFound("artifact file not found: " + csv);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ShellException.failure("cannot read " + csv + " as CSV: " + e.getMessage());
        }
        String uri = csv.isAbsolute() ? csv.toUri().toASCIIString() : encode(csv.toString().replace('\\', '/'));
        return new SarifLocations(null, uri, !csv.isAbsolute(), lines);
    }

    /** The URI of the finding's artifact. */
    String uri(Finding f) {
        return fileUri != null ? fileUri : encode("anaplan/" + modelName.replace('/', '_') + "/"
                + f.moduleName().replace('/', '_'));
    }

    /** {@code %SRCROOT%} for a relative URI, else null. */
    String uriBaseId() {
        return relative ? SOURCE_ROOT : null;
    }

    /** The finding's line in the artifact, from 1. */
    int line(Finding f) {
        Integer line = f.lineItemId() == null ? null : lines.get(f.lineItemId());
        if (line == null) {
            line = lines.get("m:" + f.moduleId());
        }
        return line == null ? 1 : line;
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
