package dev.anaplanshell.sandbox.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The two kinds of import the sandbox runs for real: list items into a {@link BulkList} (HIERARCHY_DATA) and cell
 * values into a {@link BulkModule} (MODULE_DATA). Bad rows are rejected into a failure dump with Anaplan's columns
 * {@code _Status_}, the data columns, {@code _Line_} and {@code _Error_1_}; good rows are applied.
 */
final class Imports {

    private Imports() {
    }

    /** {@code Code,Name,Parent}: a parent must be an existing top-level item. */
    static Definitions.Importer intoList(BulkList list) {
        return (def, content) -> run(def, content, "hierarchy", (r, out) -> {
            String code = r.get("Code");
            if (code.isEmpty()) {
                return "Code is empty";
            }
            String parent = r.get("Parent");
            String parentCode = "";
            if (!parent.isEmpty()) {
                Optional<BulkList.Item> p = list.find(parent);
                if (p.isEmpty() || (p.get().parent() != null && !p.get().parent().isEmpty())) {
                    return "Parent '" + parent + "' is not a top-level item of " + list.name();
                }
                parentCode = p.get().code();
            }
            String name = r.get("Name").isEmpty() ? code : r.get("Name");
            out.count(list.upsert(new BulkList.Item(code, name, parentCode)));
            return null;
        });
    }

    /** {@code Products,Time,<line items>}: a known item, a month of the module, numbers or blanks. */
    static Definitions.Importer intoModule(BulkModule module) {
        return (def, content) -> run(def, content, "module", (r, out) -> {
            String product = r.get(module.rows().name());
            Optional<BulkList.Item> item = module.rows().find(product);
            if (item.isEmpty()) {
                return "'" + product + "' is not an item of " + module.rows().name();
            }
            Optional<String> month = module.month(r.get("Time"));
            if (month.isEmpty()) {
                return "'" + r.get("Time") + "' is not a period of Time (" + module.months().get(0) + " to "
                        + module.months().get(module.months().size() - 1) + ")";
            }
            List<Double> values = new ArrayList<>();
            for (String lineItem : module.lineItems()) {
                String raw = r.get(lineItem);
                try {
                    values.add(raw.isEmpty() ? null : Double.valueOf(raw.replace(",", "")));
                } catch (NumberFormatException e) {
                    return "'" + raw + "' is not a number for " + lineItem;
                }
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    module.put(item.get().code(), month.get(), i, values.get(i));
                }
            }
            out.count(false);
            return null;
        });
    }

    /** Applies one row or says why it is rejected. */
    private interface RowRule {
        String apply(CSVRecord row, Counts counts);
    }

    private static final class Counts {
        int created;
        int updated;

        void count(boolean create) {
            if (create) {
                created++;
            } else {
                updated++;
            }
        }
    }

    private static Outcome run(Definitions.ImportDef def, byte[] content, String kind, RowRule rule) {
        String failedType = kind + "ImportFailed";
        try (CSVParser parser = Csv.parse(content)) {
            List<String> header = parser.getHeaderNames();
            for (String wanted : def.headerNames()) {
                if (header.stream().noneMatch(h -> h.equalsIgnoreCase(wanted))) {
                    return Outcome.failed(def.id(), def.name(), failedType,
                            "Column '" + wanted + "' is missing from the file (found: " + String.join(", ", header) + ")");
                }
            }
            Csv dump = new Csv();
            List<String> dumpHeader = new ArrayList<>(List.of("_Status_"));
            dumpHeader.addAll(header);
            dumpHeader.addAll(List.of("_Line_", "_Error_1_"));
            dump.row(dumpHeader);
            Counts counts = new Counts();
            int total = 0;
            int failed = 0;
            for (CSVRecord row : parser) {
                total++;
                String error = row.size() < header.size() ? "Row has " + row.size() + " of " + header.size()
                        + " columns" : rule.apply(row, counts);
                if (error != null) {
                    failed++;
                    List<String> line = new ArrayList<>(List.of("E"));
                    line.addAll(row.toList());
                    line.add(String.valueOf(row.getRecordNumber() + 1));
                    line.add(error);
                    dump.row(line);
                }
            }
            return outcome(def, kind, total, failed, counts, failed > 0 ? dump.bytes() : null);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Outcome.failed(def.id(), def.name(), failedType, "The file could not be read as CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return Outcome.failed(def.id(), def.name(), failedType, "The file could not be read as CSV: " + e.getMessage());
        }
    }

    private static Outcome outcome(Definitions.ImportDef def, String kind, int total, int failed, Counts counts,
            byte[] dump) {
        String type = kind + "RowsProcessed" + (failed > 0 ? "WithFailures" : "");
        String target = def.name().replaceFirst(" from .*", "");
        String message = String.format(Locale.ROOT, "%s: %d (%d/%d) rows successful, %d failed", target,
                total - failed, counts.created, counts.updated, failed);
        List<String> values = List.of("successRowCount", String.valueOf(total - failed), "successCreateCount",
                String.valueOf(counts.created), "successUpdateCount", String.valueOf(counts.updated), "failedCount",
                String.valueOf(failed), "totalRowCount", String.valueOf(total));
        return new Outcome(def.id(), def.name(), true, List.of(new Outcome.Detail(type, message, values)), dump);
    }
}
