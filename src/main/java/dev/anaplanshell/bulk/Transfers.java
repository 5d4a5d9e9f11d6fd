package dev.anaplanshell.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.Chunk;
import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Progress;

import org.springframework.stereotype.Component;

/**
 * Chunked transfers, {@value #PARALLEL} chunks at a time. Downloads stream each chunk into a buffer and write the
 * buffers in order into a temporary file renamed at the end (never a partial file); uploads read each chunk from
 * the local file by position, gzip it and PUT it, so at most {@value #PARALLEL} chunks are in memory.
 */
@Component
public class Transfers {

    static final int PARALLEL = 4;
    private static final int MB = 1024 * 1024;

    private final AnaplanClient client;

    public Transfers(AnaplanClient client) {
        this.client = client;
    }

    /** What a transfer moved. */
    public record Moved(int chunks, long bytes) {
    }

    /** Downloads a model file (an export's output) to {@code target}. */
    public Moved download(ModelPath model, String fileId, Path target, Progress progress) throws InterruptedException {
        List<Chunk> chunks = client.files().chunks(model, fileId).toList();
        return downloadChunks(chunks, target, progress,
                chunk -> sink -> client.files().downloadChunk(model, fileId, chunk.id(), sink));
    }

    /**
     * Writes chunks fetched by {@code fetch} to {@code target}, in order. The chunk buffers are reused, so a long
     * download allocates {@value #PARALLEL} + 1 of them, not one per chunk.
     */
    Moved downloadChunks(List<Chunk> chunks, Path target, Progress progress, Function<Chunk, Fetch> fetch)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Transfers::daemon);
        BlockingQueue<ChunkBuffer> spare = new LinkedBlockingQueue<>();
        try {
            return AtomicFile.writeInterruptibly(target, out -> {
                Deque<Future<ChunkBuffer>> window = new ArrayDeque<>();
                int next = 0;
                long bytes = 0;
                for (int done = 0; done < chunks.size(); done++) {
                    while (next < chunks.size() && window.size() < PARALLEL) {
                        Fetch f = fetch.apply(chunks.get(next++));
                        window.add(pool.submit(() -> {
                            ChunkBuffer buffer = spare.poll();
                            ChunkBuffer b = buffer != null ? buffer : new ChunkBuffer();
                            f.into(length -> b.reset(length));
                            return b;
                        }));
                    }
                    ChunkBuffer buffer = await(window.poll());
                    bytes += buffer.size();
                    buffer.writeTo(out);
                    spare.add(buffer);
                    progress.update(done + 1, chunks.size(), null);
                }
                return new Moved(chunks.size(), bytes);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Uploads {@code local} to a model file in gzip-compressed chunks of {@code chunkMb} MB: the chunk count first,
     * then the chunks, {@value #PARALLEL} at a time. An empty file is refused (it would empty the model's file).
     */
    public Moved upload(ModelPath model, String fileId, Path local, int chunkMb, Progress progress)
            throws InterruptedException {
        return upload(model, fileId, local, chunkMb, false, progress);
    }

    /**
     * As {@link #upload(ModelPath, String, Path, int, Progress)}; with {@code allowEmpty} an empty file is sent too.
     * A pipe or a device ({@code /dev/stdin}) has no size to split by: it is read to its end into a private
     * temporary file first, which is removed afterwards.
     */
    public Moved upload(ModelPath model, String fileId, Path local, int chunkMb, boolean allowEmpty,
            Progress progress) throws InterruptedException {
        if (chunkMb < 1 || chunkMb > 50) {
            throw ShellException.usage("--chunk-size must be 1 to 50 (MB): Anaplan's limits for a chunk");
        }
        if (!Files.exists(local)) {
            throw ShellException.notFound("file " + local + " does not exist");
        }
        if (Files.isDirectory(local)) {
            throw ShellException.usage("cannot upload " + local + ": it is a directory");
        }
        if (Files.isRegularFile(local)) {
            return uploadFile(model, fileId, local, local, chunkMb, allowEmpty, progress);
        }
        Path spooled = spool(local);
        try {
            return uploadFile(model, fileId, local, spooled, chunkMb, allowEmpty, progress);
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // a private file in the temporary folder: the upload's outcome matters more
            }
        }
    }

    /** Reads a stream to its end into a private (0600) temporary file. */
    private static Path spool(Path local) {
        Path spooled;
        try {
            spooled = Files.createTempFile("anaplan-shell-upload", ".data");
        } catch (IOException e) {
            throw ShellException.failure("cannot read " + local + ": no room for it in the temporary folder ("
                    + e.getMessage() + ")");
        }
        spooled.toFile().deleteOnExit();
        try (var in = Files.newInputStream(local)) {
            Files.copy(in, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return spooled;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // reported below
            }
            throw ShellException.failure("cannot read " + local + ": " + e.getMessage());
        }
    }

    private Moved uploadFile(ModelPath model, String fileId, Path local, Path data, int chunkMb, boolean allowEmpty,
            Progress progress) throws InterruptedException {
        long size;
        try {
            size = Files.size(data);
        } catch (NoSuchFileException e) {
            throw ShellException.notFound("file " + local + " does not exist");
        } catch (IOException e) {
            throw ShellException.failure("cannot read " + local + ": " + e.getMessage());
        }
        if (size == 0 && !allowEmpty) {
            throw ShellException.usage(local + " is empty: nothing uploaded (an empty upload would empty the model's "
                    + "file; use 'files upload --allow-empty' to do that)");
        }
        long chunkBytes = (long) chunkMb * MB;
        int count = (int) Math.max(1, (size + chunkBytes - 1) / chunkBytes);
        client.files().setChunkCount(model, fileId, count);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Transfers::daemon);
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ)) {
            List<Future<Void>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                long from = i * chunkBytes;
                int length = (int) Math.min(chunkBytes, size - from);
                sent.add(pool.submit((Callable<Void>) () -> {
                    client.files().uploadGzipChunk(model, fileId, index, gzip(channel, from, length));
                    return null;
                }));
            }
            for (int i = 0; i < count; i++) {
                await(sent.get(i));
                progress.update(i + 1, count, null);
            }
        } catch (IOException e) {
            throw ShellException.failure("cannot read " + local + ": " + e.getMessage());
        } finally {
            pool.shutdownNow();
        }
        return new Moved(count, size);
    }

    private static byte[] gzip(FileChannel channel, long from, int length) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(length);
        while (data.hasRemaining()) {
            if (channel.read(data, from + data.position()) < 0) {
                throw new IOException("the file got shorter while it was read");
            }
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(Math.max(64, length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped, 1 << 16)) {
            gz.write(data.array(), 0, length);
        }
        return zipped.toByteArray();
    }

    /** Waits for one chunk; its failure becomes the transfer's. */
    private static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AnaplanApiException api) {
                throw api;
            }
            if (cause instanceof ShellException se) {
                throw se;
            }
            if (cause instanceof UncheckedIOException io) {
                throw ShellException.failure("transfer failed: " + io.getCause().getMessage());
            }
            throw ShellException.failure("transfer failed: " + cause);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "chunk-transfer");
        t.setDaemon(true);
        return t;
    }

    /** Fetches one chunk into the stream the sink makes for its length. */
    @FunctionalInterface
    interface Fetch {
        void into(java.util.function.LongFunction<OutputStream> sink);
    }
}
