package nl.samenwerkingskaart.initiatives.submission.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionJournalTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @TempDir
    Path folder;

    static Submission submission(String name, Instant receivedAt) {
        InitiativeInput proposed = InitiativeInput.builder().name(name).goal("Doel").status("running")
                .levels("mbo", "hbo").party("ROC", "mbo", "Zwolle").location("Campus", "Zwolle", "52.5", "6.1", null)
                .build();
        SubmissionContent content = new SubmissionContent(SubmissionKind.CORRECTION, "pact-zwolle", proposed,
                "Groet\nAnja", new Submitter("Anja", "anja@example.nl", "ROC", "docent", "en"));
        return Submission.received(content, receivedAt, new ClientHash("hash"));
    }

    @Test
    void everyFieldComesBackAfterARestart() throws Exception {
        Path file = folder.resolve("journal.jsonl");
        Submission sent = submission("Pact Zwolle", NOW);
        new SubmissionJournal(file).append(SubmissionJournal.Entry.of("key-1", sent));

        List<SubmissionJournal.Entry> read = new SubmissionJournal(file).entries();

        assertEquals(1, read.size());
        assertEquals("key-1", read.get(0).key());
        assertEquals(sent, read.get(0).submission());
    }

    @Test
    void aLineTornByACrashIsSkippedAndTheOthersAreKept() throws Exception {
        Path file = folder.resolve("journal.jsonl");
        SubmissionJournal journal = new SubmissionJournal(file);
        journal.append(SubmissionJournal.Entry.of("key-1", submission("Eerste", NOW)));
        Files.writeString(file, "{\"key\":\"key-2\",\"receivedAt\":12", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertEquals(List.of("key-1"), journal.entries().stream().map(SubmissionJournal.Entry::key).toList());
    }

    @Test
    void dropsOnlyEntriesOlderThanTheCutoff() throws Exception {
        Path file = folder.resolve("journal.jsonl");
        SubmissionJournal journal = new SubmissionJournal(file);
        journal.append(SubmissionJournal.Entry.of("old", submission("Oud", NOW.minusSeconds(120))));
        journal.append(SubmissionJournal.Entry.of("new", submission("Nieuw", NOW)));

        assertEquals(1, journal.dropOlderThan(NOW.minusSeconds(60)));

        assertEquals(List.of("new"), journal.entries().stream().map(SubmissionJournal.Entry::key).toList());
        assertTrue(Files.readString(file).contains("Nieuw"));
        assertEquals(0, journal.dropOlderThan(NOW.minusSeconds(60)), "nothing left to drop");
    }

    @Test
    void anEmptyOrMissingJournalHasNoEntries() throws Exception {
        assertEquals(List.of(), new SubmissionJournal(folder.resolve("none.jsonl")).entries());
    }
}
