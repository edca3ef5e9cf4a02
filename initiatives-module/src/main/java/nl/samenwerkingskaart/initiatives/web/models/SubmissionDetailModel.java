package nl.samenwerkingskaart.initiatives.web.models;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.ValidationMessages;
import nl.samenwerkingskaart.initiatives.moderation.SubmissionModeration;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.submission.DuplicateFinder;
import nl.samenwerkingskaart.initiatives.submission.FieldComparison;
import nl.samenwerkingskaart.initiatives.submission.InitiativeField;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import nl.samenwerkingskaart.initiatives.web.console.ConsoleText;
import nl.samenwerkingskaart.initiatives.web.console.ModerationPaths;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * One submission in the moderation console ({@code samenwerking/components/cms/submissiondetail}): everything that
 * was sent, who sent it, the field-by-field comparison with the initiative it is about, likely duplicates of a
 * proposed new initiative, the history, and what the decision forms need. Field names are codes
 * ({@code swk.console.field.*}); the script translates them.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class SubmissionDetailModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private SubmissionRepository submissions;

    @OSGiService
    private InitiativeRepository initiatives;

    @OSGiService
    private SubmissionModeration moderation;

    private StoredSubmission stored;
    private Initiative target;
    private boolean targetMissing;
    private final List<Line> proposal = new ArrayList<>();
    private final List<Comparison> comparison = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<HistoryLine> history = new ArrayList<>();
    private final List<Message> errors = new ArrayList<>();

    @PostConstruct
    void init() {
        String reference = ModerationPaths.referenceFromSuffix(request.getRequestPathInfo().getSuffix());
        var resolver = request.getResourceResolver();
        stored = reference == null ? null : submissions.find(resolver, reference).orElse(null);
        if (stored == null) {
            return;
        }
        SubmissionContent content = stored.submission().content();
        InitiativeInput proposed = content.proposed();
        for (InitiativeField field : InitiativeField.values()) {
            if (field.isGiven(proposed)) {
                proposal.add(new Line(field.field(), field.text(proposed)));
            }
        }
        if (content.target() != null) {
            target = initiatives.find(resolver, content.target()).orElse(null);
            targetMissing = target == null;
        }
        if (target != null) {
            FieldComparison.compare(target, proposed).forEach(d -> comparison.add(
                    new Comparison(d.field(), d.current(), d.proposed())));
        } else if (content.target() == null) {
            findDuplicates(proposed, initiatives.findAll(resolver));
        }
        stored.submission().history().forEach(change -> history.add(new HistoryLine(DATE.format(change.when()),
                change.from().code(), change.to().code(), change.who(), Objects.toString(change.why(), ""))));
        readErrors(request.getAttribute(ModerationPaths.ATTR_ERRORS));
    }

    private void findDuplicates(InitiativeInput proposed, List<Initiative> all) {
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        for (LocationInput location : proposed.locations()) {
            try {
                latitude = Double.parseDouble(location.latitude().strip().replace(',', '.'));
                longitude = Double.parseDouble(location.longitude().strip().replace(',', '.'));
                break;
            } catch (RuntimeException e) {
                latitude = Double.NaN;
                longitude = Double.NaN;
            }
        }
        new DuplicateFinder().find(Objects.toString(proposed.name(), ""), latitude, longitude, all).forEach(score ->
                duplicates.add(new Duplicate(score.initiative().id(), score.initiative().name(),
                        Math.round(score.score() * 100),
                        Double.isInfinite(score.distanceKm()) ? "" : String.format(Locale.ROOT, "%.1f", score.distanceKm()),
                        ConsolePaths.formUrl(score.initiative().id()))));
    }

    private void readErrors(Object attribute) {
        if (!(attribute instanceof List<?> list)) {
            return;
        }
        for (Object item : list) {
            if (item instanceof FieldError error) {
                String text = ConsoleText.message(request, error,
                        List.of(SubmissionModeration.MESSAGES, ValidationMessages.BUNDLE));
                errors.add(new Message(error.field(), text));
            }
        }
    }

    public boolean isNotFound() {
        return stored == null;
    }

    public String getReference() {
        return stored.reference();
    }

    private Submission submission() {
        return stored.submission();
    }

    public String getState() {
        return submission().state().code();
    }

    public boolean isDecided() {
        return submission().state().isDecided();
    }

    public boolean isInReview() {
        return submission().state().code().equals("inReview");
    }

    public String getKind() {
        return submission().content().kind().code();
    }

    public boolean isNewInitiative() {
        return submission().content().target() == null;
    }

    public String getReceived() {
        return DATE.format(submission().receivedAt());
    }

    public String getMessage() {
        return Objects.toString(submission().content().message(), "");
    }

    public String getSubmitterName() {
        return submission().content().submitter().name();
    }

    public String getSubmitterEmail() {
        return submission().content().submitter().email();
    }

    public String getSubmitterOrganisation() {
        return Objects.toString(submission().content().submitter().organisation(), "");
    }

    public String getSubmitterRole() {
        return Objects.toString(submission().content().submitter().role(), "");
    }

    public boolean isAnonymised() {
        return submission().content().submitter().isAnonymised();
    }

    public String getTargetId() {
        return submission().content().target();
    }

    public String getTargetName() {
        return target == null ? "" : target.name();
    }

    public String getTargetUrl() {
        return target == null ? "" : ConsolePaths.formUrl(target.id());
    }

    public boolean isTargetMissing() {
        return targetMissing;
    }

    public List<Line> getProposal() {
        return proposal;
    }

    public List<Comparison> getComparison() {
        return comparison;
    }

    public List<Duplicate> getDuplicates() {
        return duplicates;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public List<Message> getErrors() {
        return errors;
    }

    public List<String> getRejectionReasons() {
        return moderation.rejectionReasons();
    }

    /** The decision as recorded: {@code approve}, {@code merge} or {@code reject}; empty while open. */
    public String getDecisionType() {
        ModerationDecision decision = submission().decision();
        if (decision instanceof ModerationDecision.Approve) {
            return "approve";
        }
        if (decision instanceof ModerationDecision.Merge) {
            return "merge";
        }
        return decision instanceof ModerationDecision.Reject ? "reject" : "";
    }

    public String getDecisionWhy() {
        ModerationDecision decision = submission().decision();
        return decision == null ? "" : Objects.toString(decision.why(), "");
    }

    public boolean isDecisionEdited() {
        return submission().decision() instanceof ModerationDecision.Approve approve && approve.isEdited();
    }

    public String getInitiativeUrl() {
        return stored.initiativeId() == null ? "" : ConsolePaths.formUrl(stored.initiativeId());
    }

    /** "Edit, then approve": the initiative form, filled with the proposal (laid over the target, if any). */
    public String getEditUrl() {
        String base = target != null ? ConsolePaths.formUrl(target.id()) : ConsolePaths.FORM_PAGE;
        return base + "?" + ModerationPaths.SUBMISSION_PARAMETER + "=" + stored.reference();
    }

    public String getNotice() {
        String notice = request.getParameter("notice");
        return notice != null && notice.matches("[a-zA-Z]{1,20}") ? notice : "";
    }

    public String getQueueUrl() {
        return ModerationPaths.QUEUE_PAGE;
    }

    public String getActionUrl() {
        return ModerationPaths.SERVLET;
    }

    public List<String> getAllFields() {
        return Arrays.stream(InitiativeField.values()).map(InitiativeField::field).toList();
    }

    public record Line(String field, String value) {
        public String getField() { return field; }
        public String getValue() { return value; }
    }

    public record Comparison(String field, String current, String proposed) {
        public String getField() { return field; }
        public String getCurrent() { return current; }
        public String getProposed() { return proposed; }
    }

    public record Duplicate(String id, String name, long percent, String distanceKm, String url) {
        public String getId() { return id; }
        public String getName() { return name; }
        public long getPercent() { return percent; }
        public String getDistanceKm() { return distanceKm; }
        public String getUrl() { return url; }
    }

    public record HistoryLine(String when, String from, String to, String who, String why) {
        public String getWhen() { return when; }
        public String getFrom() { return from; }
        public String getTo() { return to; }
        public String getWho() { return who; }
        public String getWhy() { return why; }
    }

    public record Message(String field, String text) {
        public String getField() { return field; }
        public String getText() { return text; }
    }
}
