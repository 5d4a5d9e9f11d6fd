package dev.anaplanshell.render;

import java.time.Instant;
import java.util.List;

import dev.anaplanshell.client.model.Action;
import dev.anaplanshell.client.model.Export;
import dev.anaplanshell.client.model.Import;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.client.model.Process;
import dev.anaplanshell.client.model.Task;

/** The columns of the Bulk API's resources, for table, CSV and JSON alike. */
public final class BulkColumns {

    public static final List<Column<ModelFile>> FILES = List.of(
            Column.of("id", ModelFile::id),
            Column.of("name", ModelFile::name),
            Column.of("chunkCount", ModelFile::chunkCount),
            Column.of("encoding", ModelFile::encoding),
            Column.of("separator", ModelFile::separator),
            Column.of("headerRow", ModelFile::headerRow),
            Column.of("firstDataRow", ModelFile::firstDataRow));

    public static final List<Column<Import>> IMPORTS = List.of(
            Column.of("id", Import::id),
            Column.of("name", Import::name),
            Column.of("importType", Import::importType),
            Column.of("importDataSourceId", Import::importDataSourceId));

    public static final List<Column<Export>> EXPORTS = List.of(
            Column.of("id", Export::id),
            Column.of("name", Export::name),
            Column.of("exportType", Export::exportType),
            Column.of("exportFormat", Export::exportFormat));

    public static final List<Column<Process>> PROCESSES = List.of(
            Column.of("id", Process::id),
            Column.of("name", Process::name));

    public static final List<Column<Action>> ACTIONS = List.of(
            Column.of("id", Action::id),
            Column.of("name", Action::name),
            Column.of("actionType", Action::actionType));

    public static final List<Column<Task>> TASKS = List.of(
            Column.of("taskId", Task::taskId),
            Column.of("taskState", Task::state),
            Column.of("creationTime", t -> t.creationTime() == null ? null : Instant.ofEpochMilli(t.creationTime())));

    /** What {@code tasks status} shows. */
    public static final List<Column<Task>> TASK_STATUS = List.of(
            Column.of("taskId", Task::taskId),
            Column.of("taskState", Task::state),
            Column.of("progress", Task::progress),
            Column.of("currentStep", Task::currentStep),
            Column.of("successful", t -> t.result() == null ? null : t.result().successful()),
            Column.of("failureDumpAvailable", t -> t.result() == null ? null : t.result().failureDumpAvailable()));

    private BulkColumns() {
    }
}
