package nl.samenwerkingskaart.initiatives.mapdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangedIdsTest {

    private static final String ROOT = "/var/samenwerkingskaart/initiatives";

    @Test
    void startsWithEverythingToLoad() {
        ChangedIds changes = new ChangedIds(ROOT, 10);
        assertFalse(changes.isEmpty());
        assertTrue(changes.drain().all());
        assertTrue(changes.isEmpty());
    }

    @Test
    void collectsTheIdsOfChangedInitiativesAndTheirChildren() {
        ChangedIds changes = drained();
        changes.record(ROOT + "/a-12345");
        changes.record(ROOT + "/b-12345/parties/0");
        changes.record(ROOT + "/b-12345/locations");
        ChangedIds.Changes drained = changes.drain();
        assertFalse(drained.all());
        assertEquals(Set.of("a-12345", "b-12345"), drained.ids());
        assertTrue(changes.isEmpty());
    }

    @Test
    void aChangeOfTheRootOrOutsideItMeansEverything() {
        ChangedIds changes = drained();
        changes.record(ROOT);
        assertTrue(changes.drain().all());
        changes.record("/var/samenwerkingskaart");
        assertTrue(changes.drain().all());
        changes.record(ROOT + "-other/x");
        assertTrue(changes.drain().all(), "a sibling with the same prefix is not inside the root");
    }

    @Test
    void pastTheLimitItAsksForAFullReload() {
        ChangedIds changes = drained();
        for (int i = 0; i < 3; i++) {
            changes.record(ROOT + "/id-" + i);
        }
        assertFalse(changes.drain().all());
        for (int i = 0; i < 4; i++) {
            changes.record(ROOT + "/id-" + i);
        }
        ChangedIds.Changes drained = changes.drain();
        assertTrue(drained.all());
        assertTrue(drained.ids().isEmpty());
    }

    @Test
    void recordAllAfterAFailureKeepsEverythingPending() {
        ChangedIds changes = drained();
        changes.record(ROOT + "/a-12345");
        changes.recordAll();
        assertTrue(changes.drain().all());
    }

    private static ChangedIds drained() {
        ChangedIds changes = new ChangedIds(ROOT, 3);
        changes.drain();
        return changes;
    }
}
