package dev.anaplanshell.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the elements of one array field of a large JSON body, as {@link JsonArrayStreamer} does, on several cores:
 * the path of exports, where parsing is most of the work.
 * <p>
 * One thread reads the body as raw bytes, in blocks. Each block is parsed on a worker from the first place in it where
 * an element seems to start (a {@code }}, a comma, then a {@code {} and the first element's first field name), on
 * past the block's end to the end of the element that crosses it. Such a guess can be wrong: the same bytes occur in
 * nested arrays and inside strings. So the caller's thread keeps a block's rows only when that parse began exactly
 * where the accepted parse before it ended, which is an element boundary for certain; otherwise it parses the block
 * again itself from that boundary. The rows, their order and any failure are therefore those of a sequential parse,
 * whatever the guesses; a wrong guess only costs time.
 * <p>
 * Memory stays flat: the reader keeps at most {@value #AHEAD} blocks ahead of the caller (more only while a worker
 * waits for the rest of an element longer than that). Errors are those of {@link JsonArrayStreamer}, with the same
 * byte offsets in the body. The body is closed at the end, on failure, and when the stream is closed.
 */
final class ParallelArrayStreamer<T> implements Iterator<T> {

    /** Bytes per block: parsed in a few milliseconds, hundreds of rows. */
    static final int BLOCK = 1 << 17;
    private static final int AHEAD = 8;
    /** What a parse from the start of the array reads first: the array as the field of an object. */
    private static final byte[] AT_START = "{\"\":[".getBytes(StandardCharsets.US_ASCII);
    /** ... and from an element boundary: a {@code 0} stands for the elements before, a comma follows. */
    private static final byte[] AFTER_ELEMENT = "{\"\":[0".getBytes(StandardCharsets.US_ASCII);

    private final JsonMapper json;
    private final InputStream body;
    private final String key;
    private final Function<JacksonException, RuntimeException> failure;
    private final int blockSize;
    private final ExecutorService workers;
    private final ThreadLocal<JsonArrayStreamer.ElementReader<T>> readers;
    private final Thread reader;
    private final BlockingQueue<Task<T>> tasks = new LinkedBlockingQueue<>();

    private final Object room = new Object();
    /** Blocks read and not yet done with by the caller; workers waiting for a block not yet read. */
    private int ahead;
    private int starving;
    private volatile boolean closed;

    /** The caller's side: where the accepted parses have got to (an element boundary), and what they gave. */
    private long boundary;
    private boolean done;
    private Iterator<T> current = Collections.emptyIterator();
    private RuntimeException pending;

    /** The array's place in the body and the bytes that start each of its elements (learnt from the first). */
    private record Layout(long start, byte[] elementStart) {
    }

    /**
     * A piece of the array's text; {@code start} counts from just after its {@code [}, {@code before} is the last byte
     * of the block before (a blank for the first). {@code next} is completed with the following block, with null
     * after the last, or with the failure that ended the body.
     */
    private static final class Block {
        final long start;
        final byte[] bytes;
        final int length;
        final int before;
        final CompletableFuture<Block> next = new CompletableFuture<>();

        Block(long start, byte[] bytes, int length, int before) {
            this.start = start;
            this.bytes = bytes;
            this.length = length;
            this.before = before;
        }

        long end() {
            return start + length;
        }
    }

    /**
     * A block and its parse in progress; without a block, the end of the body: after the last block, or a failure,
     * or ({@code empty}) a body whose object has no such array.
     */
    private record Task<T>(Block block, Layout layout, Future<Part<T>> part, JacksonException failure, boolean empty) {
    }

    /**
     * Rows parsed from {@code from} (-1: no element seemed to start in the block), up to the element boundary
     * {@code end}, or to the end of the array ({@code last}), or to a failure.
     */
    private record Part<T>(long from, List<T> rows, long end, boolean last, RuntimeException failure) {
        static <T> Part<T> none() {
            return new Part<>(-1, List.of(), -1, false, null);
        }
    }

    private ParallelArrayStreamer(JsonMapper json, InputStream body, String key,
            Supplier<JsonArrayStreamer.ElementReader<T>> readers, Function<JacksonException, RuntimeException> failure,
            int blockSize, int threads) {
        this.json = json;
        this.body = body;
        this.key = key;
        this.failure = failure;
        this.blockSize = blockSize;
        this.readers = ThreadLocal.withInitial(readers);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "anaplan-parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.reader = new Thread(this::read, "anaplan-read-ahead");
        reader.setDaemon(true);
    }

    /**
     * The elements of {@code body}'s top-level field {@code key}, each read by a reader from {@code readers} (one per
     * thread), on up to four cores. A missing field or one that is not an array is an empty stream. Close the stream
     * to release the body early.
     */
    static <T> Stream<T> stream(JsonMapper json, InputStream body, String key,
            Supplier<JsonArrayStreamer.ElementReader<T>> readers, Function<JacksonException, RuntimeException> failure) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return stream(json, body, key, readers, failure, BLOCK, threads);
    }

    /** As {@link #stream(JsonMapper, InputStream, String, Supplier, Function)} with this block size and workers. */
    static <T> Stream<T> stream(JsonMapper json, InputStream body, String key,
            Supplier<JsonArrayStreamer.ElementReader<T>> readers, Function<JacksonException, RuntimeException> failure,
            int blockSize, int threads) {
        ParallelArrayStreamer<T> rows = new ParallelArrayStreamer<>(json, body, key, readers, failure, blockSize,
                threads);
        rows.reader.start();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(rows::close);
    }

    // ---- the reading thread

    private void read() {
        Block last = null;
        try {
            JsonParser envelope = json.createParser(body);
            if (!JsonArrayStreamer.findArray(envelope, key)) {
                tasks.put(new Task<>(null, null, null, null, true));
                return;
            }
            long start = envelope.currentLocation().getByteOffset();
            ByteArrayOutputStream held = new ByteArrayOutputStream();
            envelope.releaseBuffered(held); // what the parser read beyond the '[': the array's first bytes
            byte[] carry = held.toByteArray();
            Layout layout = new Layout(start, elementStart(carry));
            int carried = 0;
            long offset = 0;
            while (true) {
                awaitRoom();
                if (closed) {
                    return;
                }
                byte[] bytes = new byte[blockSize];
                int n = Math.min(blockSize, carry.length - carried);
                System.arraycopy(carry, carried, bytes, 0, n);
                carried += n;
                IOException broken = null;
                int read = 0;
                while (n < blockSize && read >= 0) {
                    try {
                        read = body.read(bytes, n, blockSize - n);
                    } catch (IOException e) {
                        broken = e;
                        break;
                    }
                    n += Math.max(read, 0);
                }
                Block block = new Block(offset, bytes, n, last == null || last.length == 0 ? ' '
                        : last.bytes[last.length - 1]);
                boolean first = last == null;
                if (last != null) {
                    last.next.complete(block);
                }
                last = block;
                tasks.put(new Task<>(block, layout, workers.submit(() -> guess(block, first, layout)), null, false));
                offset += n;
                if (broken != null) {
                    ended(block, JacksonIOException.construct(broken));
                    return;
                }
                if (read < 0) {
                    block.next.complete(null);
                    tasks.put(new Task<>(null, null, null, null, false));
                    return;
                }
            }
        } catch (JacksonException e) {
            ended(last, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: nobody reads any more
        } catch (RejectedExecutionException e) {
            // closed while handing out a block
        } catch (RuntimeException e) {
            // a body closed under the reader fails its way (a gzip body: "Inflater has been closed"): only a failure
            // while the rows are still wanted is one
            if (!closed) {
                ended(last, JacksonIOException.construct(new IOException(e.getMessage(), e)));
            }
        } finally {
            closeBody();
        }
    }

    private void ended(Block last, JacksonException e) {
        if (last != null) {
            last.next.completeExceptionally(e);
        }
        tasks.add(new Task<>(null, null, null, e, false));
    }

    /** The bytes that start the array's first element, {@code {"name"} without blanks; null when unclear. */
    private static byte[] elementStart(byte[] text) {
        int i = skipBlanks(text, 0);
        if (i >= text.length || text[i] != '{') {
            return null;
        }
        i = skipBlanks(text, i + 1);
        if (i >= text.length || text[i] != '"') {
            return null;
        }
        for (int j = i + 1; j < text.length; j++) {
            if (text[j] == '\\') {
                return null;
            }
            if (text[j] == '"') {
                byte[] start = new byte[j - i + 2];
                start[0] = '{';
                System.arraycopy(text, i, start, 1, j - i + 1);
                return start;
            }
        }
        return null;
    }

    private static int skipBlanks(byte[] text, int from) {
        int i = from;
        while (i < text.length && blank(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean blank(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void awaitRoom() throws InterruptedException {
        synchronized (room) {
            while (ahead >= AHEAD && starving == 0 && !closed) {
                room.wait();
            }
            ahead++;
        }
    }

    private void starving(int change) {
        synchronized (room) {
            starving += change;
            room.notifyAll();
        }
    }

    // ---- the workers

    /** A worker's parse of {@code block}: from its start if it is the first, else from the first likely boundary. */
    private Part<T> guess(Block block, boolean first, Layout layout) {
        if (closed) {
            return Part.none();
        }
        long from;
        try {
            from = first ? 0 : likelyBoundary(block, layout.elementStart());
        } catch (IOException e) {
            return Part.none(); // the body broke off: the caller's own parse from the boundary meets it in its place
        }
        return from < 0 ? Part.none() : parse(block, from, layout, readers.get());
    }

    /**
     * Where in {@code block} an element seems to end and the next one to begin: just after a {@code }} that a comma
     * follows, then the bytes that start the first element. -1 when there is no such place.
     */
    private long likelyBoundary(Block block, byte[] elementStart) throws IOException {
        int last = block.before;
        long lastAt = block.start - 1;
        for (int i = 0; i < block.length; i++) {
            int c = block.bytes[i];
            if (c == ',' && last == '}' && startsElement(new Chain(block, block.start + i + 1), elementStart)) {
                return lastAt + 1;
            }
            if (!blank(c)) {
                last = c;
                lastAt = block.start + i;
            }
        }
        return -1;
    }

    private boolean startsElement(Chain text, byte[] elementStart) throws IOException {
        int c = text.skipBlanks();
        if (c != '{') {
            return false;
        }
        if (elementStart == null) {
            return true;
        }
        if (text.skipBlanks() != elementStart[1]) {
            return false;
        }
        for (int i = 2; i < elementStart.length; i++) {
            if (text.read() != (elementStart[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses from {@code from}, the start of the array or an element boundary, up to the first element boundary at or
     * after the end of {@code block}, or to the end of the array (and then the body, checked as
     * {@link JsonArrayStreamer} does).
     */
    private Part<T> parse(Block block, long from, Layout layout, JsonArrayStreamer.ElementReader<T> elements) {
        byte[] prefix = from == 0 ? AT_START : AFTER_ELEMENT;
        List<T> rows = new ArrayList<>();
        try (JsonParser parser = json.createParser(new SequenceInputStream(new ByteArrayInputStream(prefix),
                new Chain(block, from)))) {
            for (int i = from == 0 ? 3 : 4; i > 0; i--) {
                parser.nextToken(); // '{', the name, '[' and, after an element, the 0
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw JsonArrayStreamer.truncated(parser);
                }
                rows.add(elements.read(parser));
                long end = from + parser.currentLocation().getByteOffset() - prefix.length;
                if (end >= block.end()) {
                    return new Part<>(from, rows, end, false, null);
                }
            }
            JsonArrayStreamer.skipRest(parser);
            return new Part<>(from, rows, -1, true, null);
        } catch (JacksonException e) {
            return new Part<>(from, rows, -1, false, inBody(e, layout.start() + from - prefix.length));
        } catch (RuntimeException e) {
            return new Part<>(from, rows, -1, false, e);
        }
    }

    /** {@code e}, placed in the body rather than in the text parsed ({@code shift} bytes later in the body). */
    private RuntimeException inBody(JacksonException e, long shift) {
        TokenStreamLocation at = e.getLocation();
        if (e instanceof JacksonIOException || at == null || at.getByteOffset() < 0) {
            return failure.apply(e);
        }
        return failure.apply(new StreamReadException(null, e.getOriginalMessage(),
                new TokenStreamLocation(ContentReference.unknown(), at.getByteOffset() + shift, -1, -1, -1)));
    }

    /** The array's bytes from an offset on, across blocks, waiting for blocks not read yet. */
    private final class Chain extends InputStream {
        private Block block;
        private int at;

        Chain(Block block, long from) {
            this.block = block;
            this.at = (int) (from - block.start);
        }

        /** Moves to a block with bytes left to read; false at the end of the body. */
        private boolean more() throws IOException {
            while (at >= block.length) {
                Block next = following(block);
                if (next == null) {
                    return false;
                }
                at -= block.length;
                block = next;
            }
            return true;
        }

        private Block following(Block of) throws IOException {
            boolean waiting = !of.next.isDone();
            if (waiting) {
                starving(1);
            }
            try {
                return of.next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("closed");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof JacksonIOException io && io.getCause() != null ? io.getCause()
                        : new IOException(e.getCause());
            } finally {
                if (waiting) {
                    starving(-1);
                }
            }
        }

        @Override
        public int read() throws IOException {
            return more() ? block.bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] to, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!more()) {
                return -1;
            }
            int n = Math.min(length, block.length - at);
            System.arraycopy(block.bytes, at, to, offset, n);
            at += n;
            return n;
        }

        int skipBlanks() throws IOException {
            int c;
            do {
                c = read();
            } while (blank(c));
            return c;
        }
    }

    // ---- the caller's thread

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (pending != null) {
                RuntimeException thrown = pending;
                pending = null;
                throw thrown;
            }
            if (done) {
                return false;
            }
            advance();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Takes the next block's rows: the worker's when its parse began at the boundary, else parsed here from it. */
    private void advance() {
        Task<T> task = take();
        Block block = task.block();
        if (block == null) {
            close();
            if (task.failure() != null) {
                pending = failure.apply(task.failure());
            } else if (!task.empty()) {
                pending = failure.apply(new StreamReadException(null, "the body ended before the JSON did"));
            }
            return;
        }
        Part<T> part = null;
        // a block the parse before ran past is skipped; the first is parsed even when empty (a body cut just after
        // its '['), so that its failure is the sequential parse's, with its place in the body
        if (boundary < block.end() || block.start == 0) {
            part = await(task.part());
            if (part.from() != boundary) {
                part = parse(block, boundary, task.layout(), readers.get());
            }
        }
        synchronized (room) {
            ahead--;
            room.notifyAll();
        }
        if (part == null) {
            return; // the parse before ran past this block
        }
        current = part.rows().iterator();
        if (part.failure() != null) {
            pending = part.failure();
            close();
        } else if (part.last()) {
            close();
        } else {
            boundary = part.end();
        }
    }

    private Task<T> take() {
        try {
            return tasks.take();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private Part<T> await(Future<Part<T>> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (ExecutionException e) {
            return Part.none(); // the guess went wrong in an unforeseen way: the caller parses the block itself
        }
    }

    /** The caller was interrupted while waiting: everything stops. */
    private IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        return new IllegalStateException("interrupted while reading the answer", e);
    }

    /** Stops the threads and closes the body; rows already taken stay. */
    private void close() {
        done = true;
        closed = true;
        synchronized (room) {
            room.notifyAll();
        }
        reader.interrupt();
        workers.shutdownNow();
        closeBody();
    }

    private void closeBody() {
        try {
            body.close();
        } catch (IOException ignored) {
            // the rows are read, or the stream has failed already
        }
    }
}
