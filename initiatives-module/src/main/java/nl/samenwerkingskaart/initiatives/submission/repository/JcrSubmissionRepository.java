package nl.samenwerkingskaart.initiatives.submission.repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;
import org.osgi.service.component.annotations.Component;

/**
 * Stores submissions as nodes directly under {@link #DATA_ROOT} (a {@code sling:Folder}, unordered, so many
 * children stay cheap), each named by its reference; see docs/contracts.md. Only new submissions in state
 * {@code received} are written here: moderation is a later slice.
 */
@Component(service = SubmissionRepository.class)
public class JcrSubmissionRepository implements SubmissionRepository {

    /** The year in a reference is the Dutch calendar year the submission arrived in. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Candidates tried per key; with 32^6 references a year, a second attempt is already rare. */
    static final int ATTEMPTS = 16;

    static final String PROPOSED = "proposed";
    static final String PARTIES = "parties";
    static final String LOCATIONS = "locations";

    @Override
    public Stored store(ResourceResolver resolver, Submission submission, String idempotencyKey)
            throws PersistenceException {
        requireKey(idempotencyKey);
        if (!submission.history().isEmpty() || submission.state() != SubmissionState.RECEIVED) {
            throw new IllegalArgumentException("Only a newly received submission is stored here");
        }
        Resource root = resolver.getResource(DATA_ROOT);
        if (root == null) {
            throw new PersistenceException("No access to " + DATA_ROOT);
        }
        int year = submission.receivedAt().atZone(ZONE).getYear();
        Optional<String> earlier = findReference(resolver, idempotencyKey, year);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), false);
        }
        String keyHash = SubmissionReferences.keyHash(idempotencyKey);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String reference = SubmissionReferences.candidate(idempotencyKey, year, attempt);
            if (root.getChild(reference) != null) {
                continue;
            }
            try {
                write(resolver, root, reference, keyHash, submission);
                resolver.commit();
                return new Stored(reference, true);
            } catch (PersistenceException e) {
                // Most likely the same form posted twice at the same moment: the other request won.
                resolver.revert();
                resolver.refresh();
                Optional<String> other = findReference(resolver, idempotencyKey, year);
                if (other.isPresent()) {
                    return new Stored(other.get(), false);
                }
                throw e;
            }
        }
        throw new PersistenceException("No free reference for this submission after " + ATTEMPTS + " attempts");
    }

    @Override
    public Optional<String> findReference(ResourceResolver resolver, String idempotencyKey) {
        requireKey(idempotencyKey);
        int year = Instant.now().atZone(ZONE).getYear();
        return findReference(resolver, idempotencyKey, year);
    }

    /** Looks in this year and the one before, so a form sent twice around New Year is still recognised. */
    private static Optional<String> findReference(ResourceResolver resolver, String key, int year) {
        String keyHash = SubmissionReferences.keyHash(key);
        for (int y = year; y >= year - 1; y--) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String reference = SubmissionReferences.candidate(key, y, attempt);
                Resource node = resolver.getResource(DATA_ROOT + "/" + reference);
                if (node == null) {
                    break;
                }
                if (keyHash.equals(node.getValueMap().get("keyHash", String.class))) {
                    return Optional.of(reference);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Submission> find(ResourceResolver resolver, String reference) {
        if (reference == null || !SubmissionReferences.REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        Resource node = resolver.getResource(DATA_ROOT + "/" + reference);
        return node == null ? Optional.empty() : Optional.of(read(node));
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A submission needs an idempotency key");
        }
    }

    private static void write(ResourceResolver resolver, Resource root, String reference, String keyHash,
            Submission submission) throws PersistenceException {
        SubmissionContent content = submission.content();
        Submitter submitter = content.submitter();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("jcr:primaryType", "nt:unstructured");
        props.put("sling:resourceType", RESOURCE_TYPE);
        props.put("reference", reference);
        props.put("keyHash", keyHash);
        props.put("kind", content.kind().code());
        props.put("target", content.target());
        props.put("state", submission.state().code());
        props.put("receivedAt", calendar(submission.receivedAt()));
        props.put("clientHash", submission.clientHash());
        props.put("message", content.message());
        props.put("submitterName", submitter.name());
        props.put("submitterEmail", submitter.email());
        props.put("submitterOrganisation", submitter.organisation());
        props.put("submitterRole", submitter.role());
        Resource node = resolver.create(root, reference, withoutNulls(props));

        InitiativeInput proposed = content.proposed();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("jcr:primaryType", "nt:unstructured");
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
        Resource proposal = resolver.create(node, PROPOSED, withoutNulls(fields));
        List<Map<String, Object>> parties = proposed.parties().stream().map(p -> {
            Map<String, Object> row = new HashMap<>();
            row.put("name", p.name());
            row.put("kind", p.kind());
            row.put("town", p.town());
            return row;
        }).toList();
        rows(resolver, proposal, PARTIES, parties);
        List<Map<String, Object>> locations = proposed.locations().stream().map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("label", l.label());
            row.put("town", l.town());
            row.put("latitude", l.latitude());
            row.put("longitude", l.longitude());
            row.put("address", l.address());
            return row;
        }).toList();
        rows(resolver, proposal, LOCATIONS, locations);
    }

    private static void rows(ResourceResolver resolver, Resource parent, String name, List<Map<String, Object>> rows)
            throws PersistenceException {
        if (rows.isEmpty()) {
            return;
        }
        Resource list = resolver.create(parent, name, Map.of("jcr:primaryType", "nt:unstructured"));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = new HashMap<>(rows.get(i));
            row.put("jcr:primaryType", "nt:unstructured");
            resolver.create(list, String.valueOf(i), withoutNulls(row));
        }
    }

    private static Submission read(Resource node) {
        ValueMap values = node.getValueMap();
        SubmissionKind kind = SubmissionKind.fromCode(values.get("kind", String.class)).orElseThrow(
                () -> new IllegalStateException("Unknown submission kind at " + node.getPath()));
        Submitter submitter = new Submitter(values.get("submitterName", String.class),
                values.get("submitterEmail", String.class), values.get("submitterOrganisation", String.class),
                values.get("submitterRole", String.class));
        Resource proposal = node.getChild(PROPOSED);
        InitiativeInput proposed = proposal == null ? InitiativeInput.builder().build() : readProposal(proposal);
        SubmissionContent content = new SubmissionContent(kind, values.get("target", String.class), proposed,
                values.get("message", String.class), submitter);
        Calendar received = values.get("receivedAt", Calendar.class);
        return new Submission(content, received.toInstant(), values.get("clientHash", String.class),
                SubmissionState.RECEIVED, List.of(), null);
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
