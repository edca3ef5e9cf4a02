package nl.samenwerkingskaart.initiatives.repository;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import nl.samenwerkingskaart.initiatives.submission.SubmissionChange;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/**
 * The changes an initiative received from submissions, kept under the initiative as {@code history/<reference>}
 * (docs/contracts.md). Researcher-only, like the rest of the initiative's node: the public endpoints are written
 * from the domain model, which does not carry it.
 */
public final class InitiativeHistory {

    static final String HISTORY = "history";
    private static final Map<String, Object> UNSTRUCTURED = Map.of("jcr:primaryType", "nt:unstructured");

    private InitiativeHistory() {}

    /** Adds the change without committing; the initiative must exist in the resolver (staged is enough). */
    public static void stage(ResourceResolver resolver, String initiativeId, SubmissionChange change)
            throws PersistenceException {
        Resource initiative = resolver.getResource(InitiativeRepository.DATA_ROOT + "/" + initiativeId);
        if (initiative == null) {
            throw new PersistenceException("No initiative " + initiativeId);
        }
        Resource history = initiative.getChild(HISTORY);
        if (history == null) {
            history = resolver.create(initiative, HISTORY, UNSTRUCTURED);
        }
        Map<String, Object> props = new HashMap<>(UNSTRUCTURED);
        props.put("reference", change.reference());
        props.put("kind", change.kind().code());
        props.put("outcome", change.outcome().code());
        props.put("who", change.who());
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(change.when().toEpochMilli());
        props.put("when", when);
        props.put("fields", change.fields().toArray(String[]::new));
        Resource old = history.getChild(change.reference());
        if (old != null) {
            resolver.delete(old);
        }
        resolver.create(history, change.reference(), props);
    }

    /** The initiative's changes from submissions, oldest first; empty when it has none or cannot be read. */
    public static List<SubmissionChange> read(ResourceResolver resolver, String initiativeId) {
        Resource history = resolver.getResource(InitiativeRepository.DATA_ROOT + "/" + initiativeId + "/" + HISTORY);
        List<SubmissionChange> changes = new ArrayList<>();
        if (history == null) {
            return changes;
        }
        for (Resource entry : history.getChildren()) {
            ValueMap v = entry.getValueMap();
            var kind = SubmissionKind.fromCode(v.get("kind", String.class));
            var outcome = SubmissionState.fromCode(v.get("outcome", String.class));
            Calendar when = v.get("when", Calendar.class);
            if (kind.isEmpty() || outcome.isEmpty() || when == null) {
                continue;
            }
            String[] fields = v.get("fields", new String[0]);
            changes.add(new SubmissionChange(v.get("reference", entry.getName()), kind.get(), outcome.get(),
                    v.get("who", String.class), when.toInstant(), List.of(fields)));
        }
        changes.sort(Comparator.comparing(SubmissionChange::when));
        return changes;
    }
}
