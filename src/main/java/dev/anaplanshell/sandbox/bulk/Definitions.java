package dev.anaplanshell.sandbox.bulk;

import java.util.List;
import java.util.function.Function;

/** The bulk definitions of a model: what Anaplan's imports, exports, processes and actions listings show. */
final class Definitions {

    private Definitions() {
    }

    /** Reads a file's content into a list or module. */
    interface Importer {
        Outcome run(ImportDef def, byte[] content);
    }

    record ImportDef(String id, String name, String fileId, String importType, List<String> headerNames,
            Importer importer) {
    }

    /**
     * @param rows the export's data rows from the model's current state; null for the generated scale export
     */
    record ExportDef(String id, String name, String exportType, List<String> headerNames, List<String> dataTypes,
            Function<ModelBulk, List<List<String>>> rows, ScaleExport scale) {

        long rowCount(ModelBulk model) {
            return scale != null ? scale.rowCount() : rows.apply(model).size();
        }
    }

    record ActionDef(String id, String name, String actionType, Function<ModelBulk, Outcome> run) {
    }

    /** @param steps import, export and action ids in run order */
    record ProcessDef(String id, String name, List<String> steps) {
    }
}
