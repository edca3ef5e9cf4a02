package nl.samenwerkingskaart.initiatives.submission.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.submission.Erasure;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.StateChange;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/**
 * Maps a submission to its JCR node and back, in the layout of docs/contracts.md: the fields the visitor sent in
 * {@code proposed}, the moderation in {@code history} and {@code decision}. Values are written as the domain holds
 * them; absent properties mean "not filled in".
 */
final class SubmissionNodes {

    static final String PROPOSED = "proposed";
    static final String PARTIES = "parties";
    static final String LOCATIONS = "locations";
    static final String HISTORY = "history";
    static final String DECISION = "decision";
    static final String EDITED = "edited";
    static final String INITIATIVE = "initiative";
    /** Who erased the submitter's data on their request, and when (not part of the history: no state change). */
    static final String ERASED_BY = "erasedBy";
    static final String ERASED_AT = "erasedAt";

    private static final Map<String, Object> UNSTRUCTURED = Map.of("jcr:primaryType", "nt:unstructured");
    /** Written by moderation and anonymisation; rewritten as a whole each time. */
    private static final List<String> MUTABLE = List.of("state", "clientHash", "message", "submitterName",
            "submitterEmail", "submitterOrganisation", "submitterRole", "submitterLanguage", INITIATIVE,
            ERASED_BY, ERASED_AT);

    private SubmissionNodes() {}

    /** Creates the node of a newly received submission. */
    static void create(ResourceResolver resolver, Resource root, String reference, String keyHash,
            Submission submission) throws PersistenceException {
        SubmissionContent content = submission.content();
        Map<String, Object> props = new LinkedHashMap<>(UNSTRUCTURED);
        props.put("sling:resourceType", SubmissionRepository.RESOURCE_TYPE);
        props.put("reference", reference);
        props.put("keyHash", keyHash);
        props.put("kind", content.kind().code());
        props.put("target", content.target());
        props.put("receivedAt", calendar(submission.receivedAt()));
        props.putAll(mutable(new StoredSubmission(reference, submission, null)));
        Resource node = resolver.create(root, reference, withoutNulls(props));
        writeProposal(resolver, node, PROPOSED, content.proposed());
    }

    /** Rewrites what moderation and anonymisation change; the received content stays as it was sent. */
    static void update(ResourceResolver resolver, Resource node, StoredSubmission changed)
            throws PersistenceException {
        ModifiableValueMap values = node.adaptTo(ModifiableValueMap.class);
        if (values == null) {
            throw new PersistenceException("No write access to " + node.getPath());
        }
        MUTABLE.forEach(values::remove);
        values.putAll(withoutNulls(mutable(changed)));
        for (String child : List.of(HISTORY, DECISION)) {
            Resource old = node.getChild(child);
            if (old != null) {
                resolver.delete(old);
            }
        }
        Submission submission = changed.submission();
        if (!submission.history().isEmpty()) {
            Resource history = resolver.create(node, HISTORY, UNSTRUCTURED);
            List<StateChange> changes = submission.history();
            for (int i = 0; i < changes.size(); i++) {
                StateChange change = changes.get(i);
                Map<String, Object> row = new HashMap<>(UNSTRUCTURED);
                row.put("from", change.from().code());
                row.put("to", change.to().code());
                row.put("who", change.who());
                row.put("when", calendar(change.when()));
                row.put("why", change.why());
                resolver.create(history, String.valueOf(i), withoutNulls(row));
            }
        }
        if (submission.decision() != null) {
            writeDecision(resolver, node, submission.decision());
        }
    }

    private static Map<String, Object> mutable(StoredSubmission stored) {
        Submission submission = stored.submission();
        SubmissionContent content = submission.content();
        Submitter submitter = content.submitter();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("state", submission.state().code());
        props.put("clientHash", submission.clientHash());
        props.put("message", content.message());
        props.put("submitterName", submitter.name());
        props.put("submitterEmail", submitter.email());
        props.put("submitterOrganisation", submitter.organisation());
        props.put("submitterRole", submitter.role());
        props.put("submitterLanguage", submitter.language());
        props.put(INITIATIVE, stored.initiativeId());
        Erasure erasure = submission.erasure();
        if (erasure != null) {
            props.put(ERASED_BY, erasure.who());
            props.put(ERASED_AT, calendar(erasure.when()));
        }
        return props;
    }

    private static void writeDecision(ResourceResolver resolver, Resource node, ModerationDecision decision)
            throws PersistenceException {
        Map<String, Object> props = new HashMap<>(UNSTRUCTURED);
        if (decision instanceof ModerationDecision.Approve approve) {
            props.put("type", "approve");
            props.put("note", approve.note());
        } else if (decision instanceof ModerationDecision.Merge merge) {
            props.put("type", "merge");
            props.put("targetId", merge.targetId());
            props.put("note", merge.note());
        } else if (decision instanceof ModerationDecision.Reject reject) {
            props.put("type", "reject");
            props.put("reason", reject.reason());
        }
        Resource written = resolver.create(node, DECISION, withoutNulls(props));
        if (decision instanceof ModerationDecision.Approve approve && approve.isEdited()) {
            writeProposal(resolver, written, EDITED, approve.edited());
        }
    }

    static StoredSubmission read(Resource node) {
        ValueMap values = node.getValueMap();
        SubmissionKind kind = SubmissionKind.fromCode(values.get("kind", String.class)).orElseThrow(
                () -> new IllegalStateException("Unknown submission kind at " + node.getPath()));
        Submitter submitter = new Submitter(values.get("submitterName", String.class),
                values.get("submitterEmail", String.class), values.get("submitterOrganisation", String.class),
                values.get("submitterRole", String.class), values.get("submitterLanguage", String.class));
        Resource proposal = node.getChild(PROPOSED);
        InitiativeInput proposed = proposal == null ? InitiativeInput.builder().build() : readProposal(proposal);
        SubmissionContent content = new SubmissionContent(kind, values.get("target", String.class), proposed,
                values.get("message", String.class), submitter);
        SubmissionState state = SubmissionState.fromCode(values.get("state", String.class)).orElseThrow(
                () -> new IllegalStateException("Unknown submission state at " + node.getPath()));
        List<StateChange> history = new ArrayList<>();
        for (ValueMap row : rows(node, HISTORY)) {
            history.add(new StateChange(
                    SubmissionState.fromCode(row.get("from", String.class)).orElseThrow(),
                    SubmissionState.fromCode(row.get("to", String.class)).orElseThrow(),
                    row.get("who", String.class), row.get("when", Calendar.class).toInstant(),
                    row.get("why", String.class)));
        }
        Resource decisionNode = node.getChild(DECISION);
        ModerationDecision decision = decisionNode == null ? null : readDecision(decisionNode);
        Calendar erasedAt = values.get(ERASED_AT, Calendar.class);
        Erasure erasure = erasedAt == null ? null
                : new Erasure(values.get(ERASED_BY, String.class), erasedAt.toInstant());
        Submission submission = new Submission(content, values.get("receivedAt", Calendar.class).toInstant(),
                values.get("clientHash", String.class), state, history, decision, erasure);
        return new StoredSubmission(values.get("reference", node.getName()), submission,
                values.get(INITIATIVE, String.class));
    }

    private static ModerationDecision readDecision(Resource node) {
        ValueMap v = node.getValueMap();
        String type = v.get("type", "");
        return switch (type) {
            case "approve" -> {
                Resource edited = node.getChild(EDITED);
                yield edited == null ? new ModerationDecision.Approve(null, v.get("note", String.class))
                        : ModerationDecision.Approve.edited(readProposal(edited), v.get("note", String.class));
            }
            case "merge" -> new ModerationDecision.Merge(v.get("targetId", String.class), v.get("note", String.class));
            case "reject" -> new ModerationDecision.Reject(v.get("reason", String.class));
            default -> throw new IllegalStateException("Unknown decision at " + node.getPath() + ": " + type);
        };
    }

    private static void writeProposal(ResourceResolver resolver, Resource parent, String name,
            InitiativeInput proposed) throws PersistenceException {
        Map<String, Object> fields = new LinkedHashMap<>(UNSTRUCTURED);
        fields.put("name", proposed.name());
        fields.put("goal", proposed.goal());
        fields.put("description", proposed.description());
        fields.put("website", proposed.website());
        fields.put("contact", proposed.contact());
        fields.put("status", proposed.status());
        fields.put("startYear", proposed.startYear());
        fields.put("endYear", proposed.endYear());
        fields.put("regionCode", proposed.regionCode());
        fields.put("levels", array(proposed.levels()));
        fields.put("sectors", array(proposed.sectors()));
        fields.put("themes", array(proposed.themes()));
        fields.put("funding", array(proposed.funding()));
        Resource proposal = resolver.create(parent, name, withoutNulls(fields));
        List<Map<String, Object>> parties = proposed.parties().stream().map(p -> {
            Map<String, Object> row = new HashMap<>();
            row.put("name", p.name());
            row.put("kind", p.kind());
            row.put("town", p.town());
            return row;
        }).toList();
        writeRows(resolver, proposal, PARTIES, parties);
        List<Map<String, Object>> locations = proposed.locations().stream().map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("label", l.label());
            row.put("town", l.town());
            row.put("latitude", l.latitude());
            row.put("longitude", l.longitude());
            row.put("address", l.address());
            return row;
        }).toList();
        writeRows(resolver, proposal, LOCATIONS, locations);
    }

    private static void writeRows(ResourceResolver resolver, Resource parent, String name,
            List<Map<String, Object>> rows) throws PersistenceException {
        if (rows.isEmpty()) {
            return;
        }
        Resource list = resolver.create(parent, name, UNSTRUCTURED);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = new HashMap<>(rows.get(i));
            row.putAll(UNSTRUCTURED);
            resolver.create(list, String.valueOf(i), withoutNulls(row));
        }
    }

    private static InitiativeInput readProposal(Resource proposal) {
        ValueMap v = proposal.getValueMap();
        List<PartyInput> parties = new ArrayList<>();
        for (ValueMap row : rows(proposal, PARTIES)) {
            parties.add(new PartyInput(row.get("name", String.class), row.get("kind", String.class),
                    row.get("town", String.class)));
        }
        List<LocationInput> locations = new ArrayList<>();
        for (ValueMap row : rows(proposal, LOCATIONS)) {
            locations.add(new LocationInput(row.get("label", String.class), row.get("town", String.class),
                    row.get("latitude", String.class), row.get("longitude", String.class),
                    row.get("address", String.class)));
        }
        return new InitiativeInput(v.get("name", String.class), v.get("goal", String.class),
                v.get("description", String.class), v.get("website", String.class), v.get("contact", String.class),
                v.get("status", String.class), v.get("startYear", String.class), v.get("endYear", String.class),
                v.get("regionCode", String.class), list(v, "levels"), list(v, "sectors"), list(v, "themes"),
                list(v, "funding"), parties, locations);
    }

    /** Rows in index order (child names 0, 1, ...; the folder is unordered). */
    private static List<ValueMap> rows(Resource parent, String name) {
        Resource list = parent.getChild(name);
        List<ValueMap> rows = new ArrayList<>();
        if (list != null) {
            for (int i = 0; list.getChild(String.valueOf(i)) != null; i++) {
                rows.add(list.getChild(String.valueOf(i)).getValueMap());
            }
        }
        return rows;
    }

    private static List<String> list(ValueMap values, String name) {
        String[] array = values.get(name, String[].class);
        return array == null ? List.of() : List.of(array);
    }

    private static String[] array(List<String> values) {
        return values.isEmpty() ? null : values.toArray(String[]::new);
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> props) {
        Map<String, Object> copy = new LinkedHashMap<>(props);
        copy.values().removeIf(v -> v == null);
        return copy;
    }
}
