package nl.samenwerkingskaart.initiatives.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.InputText;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.Validated;
import nl.samenwerkingskaart.initiatives.repository.InitiativeHistory;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.service.SubmissionMailer;
import nl.samenwerkingskaart.initiatives.submission.InitiativeField;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.ProposalApplication;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionChange;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Carries out a researcher's decision on a submission. The caller must be a moderator ({@link ModerationSessions});
 * the decision is then written with the moderation service user's session and names the caller as the one who
 * decided, in the submission, the initiative's provenance and its history. Researchers cannot write submissions
 * themselves, so these rules cannot be gone around with Sling's POST servlet. An approval or merge writes the
 * initiative, its history entry and the decided submission in one commit: all of it happens, or none.
 */
@Component(service = SubmissionModeration.class)
@Designate(ocd = SubmissionModeration.Config.class)
public class SubmissionModeration {

    @ObjectClassDefinition(name = "Samenwerkingskaart - moderation of submissions",
            description = "Settings of the researchers' moderation console.")
    public @interface Config {
        @AttributeDefinition(name = "Reasons for rejection", description = "Reusable reasons the researcher can"
                + " pick when rejecting a submission; the text can still be edited before sending.")
        String[] rejectionReasons() default {
            "Dit initiatief staat al op de kaart.",
            "Dit is geen samenwerking tussen onderwijs en bedrijfsleven.",
            "We konden de gegevens niet controleren; neem gerust contact met ons op met meer informatie.",
            "Dit initiatief ligt buiten Nederland."
        };
    }

    /** The texts of the decision forms' errors; ValidationMessages' bundle answers for the initiative's fields. */
    public static final String MESSAGES = "nl.samenwerkingskaart.initiatives.moderation.ModerationMessages";
    /** Field names of the moderation form, for its errors. */
    public static final String FIELD_ACCEPTED = "accepted";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_TARGET = "mergeTarget";
    public static final String FIELD_NOTE = "note";
    /** Error codes in the console's dictionary. */
    public static final String NO_FIELDS = "swk.console.moderation.noFields";
    public static final String NOTE_MAX_CODE = FieldError.TOO_LONG;
    static final int NOTE_MAX = 2_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Reference
    private InitiativeRepository initiatives;

    @Reference
    private SubmissionRepository submissions;

    @Reference
    private Regions regions;

    @Reference
    private ModerationSessions sessions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SubmissionMailer mailer;

    private List<String> rejectionReasons = List.of();
    private Clock clock = Clock.systemUTC();

    public SubmissionModeration() {}

    /** For tests. */
    SubmissionModeration(InitiativeRepository initiatives, SubmissionRepository submissions, Regions regions,
            ModerationSessions sessions, Clock clock, List<String> rejectionReasons) {
        this.initiatives = initiatives;
        this.sessions = sessions;
        this.submissions = submissions;
        this.regions = regions;
        this.clock = clock;
        this.rejectionReasons = List.copyOf(rejectionReasons);
    }

    /** For tests. */
    void setMailer(SubmissionMailer mailer) {
        this.mailer = mailer;
    }

    @Activate
    void activate(Config config) {
        rejectionReasons = Arrays.stream(config.rejectionReasons()).filter(r -> r != null && !r.isBlank())
                .map(String::strip).toList();
    }

    public List<String> rejectionReasons() {
        return rejectionReasons;
    }

    /** A researcher takes the submission on, so colleagues see someone is on it. */
    public ModerationResult startReview(ResourceResolver caller, String reference) throws PersistenceException {
        return asModerator(caller, (writer, who) -> startReview(writer, who, reference));
    }

    private ModerationResult startReview(ResourceResolver resolver, String who, String reference)
            throws PersistenceException {
        Optional<StoredSubmission> found = submissions.find(resolver, reference);
        if (found.isEmpty()) {
            return new ModerationResult.NotFound(reference);
        }
        Submission submission = found.get().submission();
        if (!submission.state().canMoveTo(SubmissionState.IN_REVIEW)) {
            return new ModerationResult.AlreadyDecided(reference);
        }
        submissions.save(resolver, new StoredSubmission(reference,
                submission.startReview(who, now()), null));
        return new ModerationResult.Done(reference, null);
    }

    /**
     * Approves: a new initiative is created from the proposal; a change takes the accepted fields onto its target.
     *
     * @param accepted the proposed fields the researcher accepts; ignored for a new initiative
     * @param publish whether a new initiative goes on the map right away; a changed one keeps its published state
     * @param edited the researcher's version of the whole initiative ("edit, then approve"); null to apply the
     *     proposal
     */
    public ModerationResult approve(ResourceResolver caller, String reference, Set<InitiativeField> accepted,
            boolean publish, InitiativeInput edited, String note) throws PersistenceException {
        return asModerator(caller, (writer, who) -> approve(writer, who, reference, accepted, publish, edited, note));
    }

    private ModerationResult approve(ResourceResolver resolver, String who, String reference,
            Set<InitiativeField> accepted, boolean publish, InitiativeInput edited, String note)
            throws PersistenceException {
        Optional<StoredSubmission> found = submissions.find(resolver, reference);
        if (found.isEmpty()) {
            return new ModerationResult.NotFound(reference);
        }
        Submission submission = found.get().submission();
        if (!submission.state().canMoveTo(SubmissionState.APPROVED)) {
            return new ModerationResult.AlreadyDecided(reference);
        }
        String cleanNote = InputText.trim(note);
        if (InputText.length(cleanNote) > NOTE_MAX) {
            return invalid(FIELD_NOTE, FieldError.TOO_LONG, NOTE_MAX, InputText.length(cleanNote));
        }
        SubmissionContent content = submission.content();
        Initiative existing = null;
        if (content.kind().needsTarget()) {
            existing = initiatives.find(resolver, content.target()).orElse(null);
            if (existing == null) {
                return new ModerationResult.NotFound(content.target());
            }
        }
        ModerationDecision decision = edited == null
                ? new ModerationDecision.Approve(null, blankToNull(cleanNote))
                : ModerationDecision.Approve.edited(edited, blankToNull(cleanNote));
        return apply(resolver, who, found.get(), existing, accepted, publish, edited, decision);
    }

    /** Folds the submission into an existing initiative, taking the accepted fields (none: only recorded). */
    public ModerationResult merge(ResourceResolver caller, String reference, String targetId,
            Set<InitiativeField> accepted, String note) throws PersistenceException {
        return asModerator(caller, (writer, who) -> merge(writer, who, reference, targetId, accepted, note));
    }

    private ModerationResult merge(ResourceResolver resolver, String who, String reference, String targetId,
            Set<InitiativeField> accepted, String note) throws PersistenceException {
        Optional<StoredSubmission> found = submissions.find(resolver, reference);
        if (found.isEmpty()) {
            return new ModerationResult.NotFound(reference);
        }
        Submission submission = found.get().submission();
        if (!submission.state().canMoveTo(SubmissionState.MERGED)) {
            return new ModerationResult.AlreadyDecided(reference);
        }
        if (!InitiativeIds.isValid(targetId)) {
            return invalid(FIELD_TARGET, FieldError.REQUIRED);
        }
        Optional<Initiative> target = initiatives.find(resolver, targetId);
        if (target.isEmpty()) {
            return invalid(FIELD_TARGET, FieldError.UNKNOWN_CODE, targetId);
        }
        String cleanNote = InputText.trim(note);
        if (InputText.length(cleanNote) > NOTE_MAX) {
            return invalid(FIELD_NOTE, FieldError.TOO_LONG, NOTE_MAX, InputText.length(cleanNote));
        }
        return apply(resolver, who, found.get(), target.get(), accepted, false, null,
                new ModerationDecision.Merge(targetId, blankToNull(cleanNote)));
    }

    /** Turns the submission down with a reason, which the submitter is told. */
    public ModerationResult reject(ResourceResolver caller, String reference, String reason)
            throws PersistenceException {
        return asModerator(caller, (writer, who) -> reject(writer, who, reference, reason));
    }

    private ModerationResult reject(ResourceResolver resolver, String who, String reference, String reason)
            throws PersistenceException {
        Optional<StoredSubmission> found = submissions.find(resolver, reference);
        if (found.isEmpty()) {
            return new ModerationResult.NotFound(reference);
        }
        Submission submission = found.get().submission();
        if (!submission.state().canMoveTo(SubmissionState.REJECTED)) {
            return new ModerationResult.AlreadyDecided(reference);
        }
        String clean = InputText.normaliseLineBreaks(InputText.trim(reason));
        if (clean.isEmpty()) {
            return invalid(FIELD_REASON, FieldError.REQUIRED, 1, NOTE_MAX);
        }
        if (InputText.length(clean) > NOTE_MAX) {
            return invalid(FIELD_REASON, FieldError.TOO_LONG, NOTE_MAX, InputText.length(clean));
        }
        Submission decided = submission.decide(new ModerationDecision.Reject(clean), who, now());
        submissions.save(resolver, new StoredSubmission(reference, decided, null));
        tellSubmitter(reference, decided);
        return new ModerationResult.Done(reference, null);
    }

    /** One decision, written with {@code writer} in the name of {@code who}. */
    @FunctionalInterface
    private interface Decision {
        ModerationResult decide(ResourceResolver writer, String who) throws PersistenceException;
    }

    /** Runs the decision with the moderation service user's session, if the caller may moderate. */
    private ModerationResult asModerator(ResourceResolver caller, Decision decision) throws PersistenceException {
        String who = sessions.moderator(caller);
        if (who == null) {
            return new ModerationResult.Forbidden(caller.getUserID());
        }
        try (ResourceResolver writer = sessions.open()) {
            return decision.decide(writer, who);
        } catch (LoginException e) {
            throw new PersistenceException("No session for the moderation service user: " + e.getMessage(), e);
        }
    }

    private ModerationResult apply(ResourceResolver resolver, String who, StoredSubmission stored,
            Initiative existing,
            Set<InitiativeField> accepted, boolean publish, InitiativeInput edited, ModerationDecision decision)
            throws PersistenceException {
        Submission submission = stored.submission();
        InitiativeInput proposal = submission.content().proposed();
        InitiativeInput input;
        List<String> changed;
        if (existing == null) {
            input = edited != null ? edited : proposal;
            changed = Arrays.stream(InitiativeField.values()).filter(f -> f.isGiven(input))
                    .map(InitiativeField::field).toList();
        } else {
            input = edited != null ? edited : ProposalApplication.onto(existing, proposal, accepted);
            changed = ProposalApplication.changes(existing, input).stream().map(InitiativeField::field).toList();
            boolean isMerge = decision instanceof ModerationDecision.Merge;
            if (changed.isEmpty() && !isMerge) {
                return invalid(FIELD_ACCEPTED, NO_FIELDS);
            }
        }
        String id = existing != null ? existing.id() : null;
        Validated<Initiative> validated = InitiativeValidator.validate(input, id, regions.lookup());
        if (!validated.errors().isEmpty()) {
            return new ModerationResult.Invalid(validated.errors());
        }
        Instant when = now();
        String initiativeId = id != null ? id : InitiativeIds.newId(validated.value().name());
        try {
            if (existing == null || !changed.isEmpty()) {
                Initiative initiative = validated.value().toBuilder()
                        .id(initiativeId)
                        .published(existing == null ? publish : existing.published())
                        .demo(existing != null && existing.demo())
                        .provenance(new Provenance(
                                existing == null ? "Melding " + stored.reference() : existing.provenance().source(),
                                LocalDate.ofInstant(when, ZONE), who))
                        .lastModified(when)
                        .build();
                initiatives.stage(resolver, initiative);
            }
            InitiativeHistory.stage(resolver, initiativeId, new SubmissionChange(stored.reference(),
                    submission.content().kind(), decision.outcome(), who, when, changed));
            submissions.stage(resolver, new StoredSubmission(stored.reference(),
                    submission.decide(decision, who, when), initiativeId));
            resolver.commit();
        } catch (PersistenceException | RuntimeException e) {
            resolver.revert();
            throw e;
        }
        tellSubmitter(stored.reference(), submission.decide(decision, who, when));
        return new ModerationResult.Done(stored.reference(), initiativeId);
    }

    /** The outcome mail, once the decision is stored; it never holds up or fails the decision. */
    private void tellSubmitter(String reference, Submission decided) {
        SubmissionMailer current = mailer;
        if (current != null) {
            String language = decided.content().submitter().language();
            current.sendOutcome(reference, decided.content(), decided.decision(),
                    Locale.forLanguageTag(language == null ? "nl" : language));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ModerationResult invalid(String field, String code, Object... args) {
        return new ModerationResult.Invalid(List.of(FieldError.of(field, code, args)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
