package nl.samenwerkingskaart.initiatives.submission.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;

/**
 * A write-ahead log of new submissions: each is appended and forced to disk before it is stored in the repository,
 * so a submission the visitor was told about survives a crash. The repository alone does not promise that: Oak's
 * segment store writes its journal (the pointer to the newest state) every five seconds, and a commit younger than
 * that is gone after a kill or a power cut.
 *
 * <p>One JSON object per line. Entries are replayed after a restart (storing is idempotent by the form's key) and
 * dropped once the repository has certainly written them down. A torn last line (a crash while appending) is
 * skipped: that submission was never acknowledged.
 */
public final class SubmissionJournal {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;

    public SubmissionJournal(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * One journalled submission.
     *
     * @param key the form's idempotency key
     * @param receivedAt epoch milliseconds
     * @param clientHash may be null
     * @param content what was sent
     */
    public record Entry(String key, long receivedAt, String clientHash, SubmissionContent content) {

        public static Entry of(String key, Submission submission) {
            return new Entry(key, submission.receivedAt().toEpochMilli(), submission.clientHash(),
                    submission.content());
        }

        public Submission submission() {
            return Submission.received(content, Instant.ofEpochMilli(receivedAt),
                    clientHash == null ? null : new ClientHash(clientHash));
        }
    }

    /** Appends the entry and forces it to disk before returning. */
    public synchronized void append(Entry entry) throws IOException {
        byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Every readable entry, oldest first. */
    public synchronized List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, Entry.class));
            } catch (JsonProcessingException e) {
                // A line torn by a crash while it was written; its submission was never acknowledged.
            }
        }
        return entries;
    }

    /** Drops the entries received before {@code cutoff}; the rest is written back atomically. */
    public synchronized int dropOlderThan(Instant cutoff) throws IOException {
        List<Entry> all = entries();
        List<Entry> keep = all.stream().filter(e -> e.receivedAt() >= cutoff.toEpochMilli()).toList();
        if (keep.size() == all.size() && Files.exists(file)) {
            return 0;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder text = new StringBuilder();
        for (Entry entry : keep) {
            text.append(JSON.writeValueAsString(entry)).append('\n');
        }
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return all.size() - keep.size();
    }
}
