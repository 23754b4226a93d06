package jp.hataraku.jobs.internal.io;

import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jp.hataraku.jobs.TaskTemplate;

/**
 * Reads, checks and encodes a batch file on a thread of its own while the importing thread writes
 * the chunks, so that parsing the file and the server's work on the previous chunk overlap. At most
 * {@link #QUEUED} encoded chunks wait between the two: memory stays flat whatever the file's size.
 * {@link #close} stops the reader (when the import fails) and waits for it.
 */
final class ReadAhead implements AutoCloseable {

    static final int QUEUED = 2;

    /** What the reader hands on: a chunk, the end of the file, or why it stopped. */
    sealed interface Next permits Chunk, Done, Failed {
    }

    record Chunk(ItemCopyWriter.Chunk chunk) implements Next {
    }

    /** The whole file was read; its check as {@link BatchFile#read} returns it. */
    record Done(BatchFile.Check check) implements Next {
    }

    record Failed(RuntimeException cause) implements Next {
    }

    private final BlockingQueue<Next> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;

    ReadAhead(InputStream in, TaskTemplate template, ItemCopyWriter.Encoder encoder, String threadName) {
        thread = new Thread(() -> read(in, template, encoder), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next chunk, or the end; waits for the reader. */
    Next next() throws InterruptedException {
        return queue.take();
    }

    private void read(InputStream in, TaskTemplate template, ItemCopyWriter.Encoder encoder) {
        Next last;
        try {
            BatchFile.Check check = BatchFile.read(in, template, row -> {
                ItemCopyWriter.Chunk chunk = encoder.add(row.toNewItem());
                if (chunk != null) {
                    put(new Chunk(chunk));
                }
            });
            if (!check.fatal()) {
                ItemCopyWriter.Chunk chunk = encoder.finish();
                if (chunk != null) {
                    put(new Chunk(chunk));
                }
            }
            last = new Done(check);
        } catch (Stopped stopped) {
            return;
        } catch (RuntimeException e) {
            last = new Failed(e);
        } catch (Error e) {
            last = new Failed(new IllegalStateException(e));
        }
        try {
            put(last);
        } catch (Stopped stopped) {
            // nobody waits any more
        }
    }

    private void put(Next next) {
        try {
            queue.put(next);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Stops the reader if it still runs (the import failed) and waits until it has. */
    @Override
    public void close() {
        boolean interrupted = false;
        thread.interrupt();
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The importing thread stopped listening. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
