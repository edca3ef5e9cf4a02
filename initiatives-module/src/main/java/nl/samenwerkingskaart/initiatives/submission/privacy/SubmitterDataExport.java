package nl.samenwerkingskaart.initiatives.submission.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import nl.samenwerkingskaart.initiatives.submission.Erasure;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.StateChange;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;

/**
 * Everything stored about one submitter, as a JSON document for them (a data access request): per submission the
 * submitter's fields, the message, what was proposed, the state with its history, the decision and the erasure
 * record. Layout in docs/contracts.md ("A person's data"). Absent values are left out.
 */
public final class SubmitterDataExport {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SubmitterDataExport() {}

    public static byte[] write(String email, Instant exportedAt, List<StoredSubmission> submissions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("email", email);
        root.put("exportedAt", exportedAt.toString());
        ArrayNode list = root.putArray("submissions");
        for (StoredSubmission stored : submissions) {
            list.add(submission(stored));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode submission(StoredSubmission stored) {
        Submission submission = stored.submission();
        ObjectNode node = JSON.createObjectNode();
        put(node, "reference", stored.reference());
        put(node, "kind", submission.content().kind().code());
        put(node, "target", submission.content().target());
        put(node, "receivedAt", submission.receivedAt().toString());
        put(node, "state", submission.state().code());
        Submitter submitter = submission.content().submitter();
        ObjectNode who = node.putObject("submitter");
        put(who, "name", submitter.name());
        put(who, "email", submitter.email());
        put(who, "organisation", submitter.organisation());
        put(who, "role", submitter.role());
        put(who, "language", submitter.language());
        put(node, "message", submission.content().message());
        put(node, "clientHash", submission.clientHash());
        node.set("proposed", JSON.valueToTree(submission.content().proposed()));
        ArrayNode history = node.putArray("history");
        for (StateChange change : submission.history()) {
            ObjectNode row = history.addObject();
            put(row, "from", change.from().code());
            put(row, "to", change.to().code());
            put(row, "who", change.who());
            put(row, "when", change.when().toString());
            put(row, "why", change.why());
        }
        if (submission.decision() != null) {
            node.set("decision", decision(submission.decision()));
        }
        put(node, "initiative", stored.initiativeId());
        Erasure erasure = submission.erasure();
        if (erasure != null) {
            ObjectNode erased = node.putObject("erasure");
            put(erased, "who", erasure.who());
            put(erased, "when", erasure.when().toString());
        }
        return node;
    }

    /** Leaves absent values out rather than writing null. */
    private static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static ObjectNode decision(ModerationDecision decision) {
        ObjectNode node = JSON.createObjectNode();
        if (decision instanceof ModerationDecision.Approve approve) {
            put(node, "type", "approve");
            put(node, "note", approve.note());
            if (approve.isEdited()) {
                node.set("edited", JSON.valueToTree(approve.edited()));
            }
        } else if (decision instanceof ModerationDecision.Merge merge) {
            put(node, "type", "merge");
            put(node, "targetId", merge.targetId());
            put(node, "note", merge.note());
        } else if (decision instanceof ModerationDecision.Reject reject) {
            put(node, "type", "reject");
            put(node, "reason", reject.reason());
        }
        return node;
    }
}
