package dev.anaplanshell.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a stream on a second thread while the caller works through what has already been read: a large body is
 * parsed on one core while the rows before are written on the other. Rows travel in batches through a small bounded
 * queue, so memory stays flat; the source is read, and closed, only on the reading thread. A failure of the source
 * reaches the caller unchanged, after the rows read before it. Closing the returned stream early stops the reader
 * and closes the source.
 */
final class ReadAhead<T> implements Iterator<T> {

    private static final int BATCH = 256;
    private static final int BATCHES = 8;

    /** What the reading thread hands over: rows, then the end or a failure. */
    private record Batch<T>(List<T> rows, RuntimeException failure, boolean last) {
    }

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean cancelled;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean done;
    /** The source's failure, thrown once the rows read before it are used up. */
    private RuntimeException failure;

    private ReadAhead(Stream<T> source) {
        reader = new Thread(() -> read(source), "anaplan-read-ahead");
        reader.setDaemon(true);
    }

    /** {@code source}'s elements in order, read ahead on a daemon thread. */
    static <T> Stream<T> of(Stream<T> source) {
        ReadAhead<T> ahead = new ReadAhead<>(source);
        ahead.reader.start();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ahead, Spliterator.ORDERED), false)
                .onClose(ahead::cancel);
    }

    private void read(Stream<T> source) {
        List<T> rows = new ArrayList<>(BATCH);
        try (source) {
            for (Iterator<T> it = source.iterator(); it.hasNext() && !cancelled;) {
                rows.add(it.next());
                if (rows.size() == BATCH) {
                    queue.put(new Batch<>(rows, null, false));
                    rows = new ArrayList<>(BATCH);
                }
            }
            queue.put(new Batch<>(rows, null, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cancelled while waiting for room: nobody reads any more
        } catch (RuntimeException e) {
            handOver(new Batch<>(rows, e, true));
        } catch (Error e) {
            handOver(new Batch<>(rows, new IllegalStateException(e.toString(), e), true));
        }
    }

    private void handOver(Batch<T> last) {
        try {
            queue.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !done) {
            Batch<T> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            done = batch.last();
            current = batch.rows().iterator();
            failure = batch.failure();
        }
        if (!current.hasNext() && failure != null) {
            RuntimeException thrown = failure;
            failure = null;
            throw thrown;
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reader (it closes the source) and drops what it had read. */
    private void cancel() {
        cancelled = true;
        done = true;
        reader.interrupt();
        queue.clear();
    }
}
