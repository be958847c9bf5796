package id.latih.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data folder. Two stores on one H2 file, or two Kafka brokers on one log directory, corrupt each
 * other; an operating-system file lock on {@code latih.lock} is released however the holder ends, even by
 * {@code kill -9}, so a stale lock never blocks the next start.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "latih.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data folder, or fails saying who holds it. */
    static DataFolderLock acquire(Path data) throws IOException {
        Path file = Files.createDirectories(data).resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new DataFolderInUse("another Latih is running over " + data + " (it holds " + file
                    + "); stop it, or give this one its own --data and --port-base");
        }
        channel.truncate(0).write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    static final class DataFolderInUse extends IllegalStateException {
        DataFolderInUse(String message) {
            super(message);
        }
    }
}
