package dev.anaplanshell.command;

import java.nio.file.Path;
import java.time.Duration;

import dev.anaplanshell.bulk.Transfers;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.Progress;
import dev.anaplanshell.render.Progresses;
import dev.anaplanshell.session.ModelNames;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code files list}, {@code files upload}, {@code files download}. */
@Component
public class FileCommands {

    private final AnaplanClient client;
    private final ModelNames names;
    private final Transfers transfers;
    private final Progresses progresses;
    private final Output output;

    public FileCommands(AnaplanClient client, ModelNames names, Transfers transfers,
            Progresses progresses, Output output) {
        this.client = client;
        this.names = names;
        this.transfers = transfers;
        this.progresses = progresses;
        this.output = output;
    }

    @Command(name = "files list", group = "Bulk", description = "List the files of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, BulkColumns.FILES, client.files().list(names.path()), format);
    }

    @Command(name = "files upload", group = "Bulk",
            description = "Upload a local file to a model file (an import's data source), in gzipped chunks")
    public void upload(@Argument(index = 0, description = "model file name or ID")
            @Completes(Kind.MODEL_FILE) String file,
            @Argument(index = 1, description = "the local file to upload") @Completes(Kind.FILE) String local,
            @Option(longName = "chunk-size", description = "chunk size in MB, 1 to 50 (default 10)") Integer chunkMb,
            @Option(longName = "allow-empty", description = "upload an empty file too (it empties the model's file)")
            Boolean allowEmpty,
            CommandContext ctx) {
        String usage = "files upload FILE LOCAL [--chunk-size MB] [--allow-empty]";
        Path source = Path.of(Arguments.required(local, usage));
        ModelFile target = names.uploadTarget(Arguments.required(file, usage));
        long start = System.nanoTime();
        Transfers.Moved moved = Interrupts.call(() -> {
            try (Progress p = progresses.open(ctx, "Uploading " + target.name())) {
                return transfers.upload(names.path(), target.id(), source, chunkMb == null ? 10 : chunkMb,
                        Boolean.TRUE.equals(allowEmpty), p);
            }
        });
        output.line(ctx, "Uploaded " + source + " to '" + target.name() + "': "
                + Counts.of(moved.bytes(), "byte") + " in " + Counts.of(moved.chunks(), "chunk") + ", "
                + Interrupts.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    @Command(name = "files download", group = "Bulk",
            description = "Download a model file (e.g. an export's output) to a local file")
    public void download(@Argument(index = 0, description = "model file name or ID")
            @Completes(Kind.MODEL_FILE) String file,
            @Argument(index = 1, description = "the local file to write")
            @Completes(Kind.FILE) String local, CommandContext ctx) {
        String usage = "files download FILE LOCAL";
        Path target = Path.of(Arguments.required(local, usage));
        ModelFile source = names.file(Arguments.required(file, usage));
        if (source.chunkCount() != null && source.chunkCount() == 0) {
            // an export never run (or a file never uploaded) has no chunks: an empty file would pass for its data
            throw ShellException.failure("'" + source.name() + "' has no content on the service yet: run its "
                    + "export first ('exports run') or upload it ('files upload')");
        }
        long start = System.nanoTime();
        Transfers.Moved moved = Interrupts.call(() -> {
            try (Progress p = progresses.open(ctx, "Downloading " + source.name())) {
                return transfers.download(names.path(), source.id(), target, p);
            }
        });
        output.wrote(ctx, target, "Downloaded '" + source.name() + "' to " + target + ": "
                + Counts.of(moved.bytes(), "byte") + " in " + Counts.of(moved.chunks(), "chunk") + ", "
                + Interrupts.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }
}
