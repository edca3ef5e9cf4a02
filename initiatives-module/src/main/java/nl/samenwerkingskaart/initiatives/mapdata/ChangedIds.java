package nl.samenwerkingskaart.initiatives.mapdata;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Collects which initiatives changed since the cache was last brought up to date, from repository paths. Past a
 * limit it stops counting and asks for a full reload, which is cheaper than thousands of single reads.
 */
public final class ChangedIds {

    private final String root;
    private final int limit;
    private final Set<String> ids = new HashSet<>();
    private boolean all = true;

    public ChangedIds(String root, int limit) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.limit = limit;
    }

    /** Records a changed path; a change to the root itself or above it means everything. */
    public synchronized void record(String path) {
        if (all) {
            return;
        }
        Optional<String> id = idOf(path);
        if (id.isEmpty() || ids.size() >= limit) {
            all = true;
            ids.clear();
        } else {
            ids.add(id.get());
        }
    }

    public synchronized void recordAll() {
        all = true;
        ids.clear();
    }

    /** Takes what was recorded and starts afresh. */
    public synchronized Changes drain() {
        Changes changes = new Changes(all, Set.copyOf(ids));
        all = false;
        ids.clear();
        return changes;
    }

    public synchronized boolean isEmpty() {
        return !all && ids.isEmpty();
    }

    Optional<String> idOf(String path) {
        if (path == null || !path.startsWith(root) || path.length() == root.length()) {
            return Optional.empty();
        }
        String rest = path.substring(root.length());
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
    }

    /** What changed: everything, or these ids. */
    public record Changes(boolean all, Set<String> ids) {}
}
