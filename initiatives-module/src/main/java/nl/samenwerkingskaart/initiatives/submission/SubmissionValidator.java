package nl.samenwerkingskaart.initiatives.submission;

import nl.samenwerkingskaart.initiatives.domain.InputText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.TownCoordinates;

/**
 * The server's check of a visitor's submission; the browser's checks are a courtesy, this is the authority. Like
 * {@link InitiativeValidator}, it reports every problem at once, each on its own field.
 *
 * <p>The initiative fields are checked by {@link InitiativeValidator} itself, never by a copy of its rules: a new
 * initiative as a whole, a correction or addition as the published initiative with the proposed fields laid over
 * it. Problems the published initiative already had (rules can tighten after publication) are not the submitter's
 * to fix and are left out.
 */
public final class SubmissionValidator {

    /** The target is not a valid id, or no published initiative has it. */
    public static final String UNKNOWN_INITIATIVE = "unknownInitiative";
    /** A correction or addition with no proposed field and no message. */
    public static final String NOTHING_PROPOSED = "nothingProposed";
    public static final String INVALID_EMAIL = "invalidEmail";
    public static final String CONSENT_REQUIRED = "consentRequired";

    public static final int MESSAGE_MAX = 4_000;
    public static final int SUBMITTER_NAME_MIN = 2;
    public static final int SUBMITTER_TEXT_MAX = 200;
    public static final int EMAIL_MAX = EmailAddress.MAX_LENGTH;
    /**
     * More rows in any list (parties, locations, tags) than any real initiative has; beyond it the form was not
     * filled in by a person, and refusing early keeps a crafted request from making the validator work through, and
     * answer with, thousands of rows.
     */
    static final int MAX_ROWS = 50;

    private static final Set<String> TICKED = Set.of("on", "true", "yes", "1");
    private static final String SINGLE_LINE = "";
    private static final String MULTI_LINE = "\n\t";

    private final Function<String, Optional<Initiative>> publishedById;
    private final RegionLookup regions;
    private final Gazetteer gazetteer;

    /**
     * @param publishedById finds a published initiative by its (already valid) id
     * @param regions places proposed locations in their regions
     */
    public SubmissionValidator(Function<String, Optional<Initiative>> publishedById, RegionLookup regions) {
        this(publishedById, regions, null);
    }

    /**
     * @param gazetteer gives a proposed location with only a town its coordinates, which the stored submission then
     *     carries; null asks the submitter for coordinates
     */
    public SubmissionValidator(Function<String, Optional<Initiative>> publishedById, RegionLookup regions,
            Gazetteer gazetteer) {
        this.publishedById = publishedById;
        this.regions = regions;
        this.gazetteer = gazetteer;
    }

    public SubmissionOutcome validate(SubmissionInput input) {
        if (!InputText.isBlank(input.honeypot())) {
            return new SubmissionOutcome.Spam();
        }
        List<FieldError> errors = new ArrayList<>();
        SubmissionKind kind = kind(input.kind(), errors);
        Initiative target = kind != null && kind.needsTarget() ? target(input.target(), errors) : null;
        InitiativeInput proposed = kind == SubmissionKind.ENDED ? endedProposal(input.proposed()) : input.proposed();
        String message = text("message", input.message(), false, 0, MESSAGE_MAX, MULTI_LINE, errors);
        if (kind != null && rowsWithinLimits(proposed, errors)) {
            TownCoordinates.Completion completion = gazetteer == null
                    ? new TownCoordinates.Completion(proposed, List.of())
                    : TownCoordinates.complete(proposed, gazetteer);
            proposed = completion.input();
            List<FieldError> proposalErrors = new ArrayList<>();
            proposal(kind, target, proposed, message, proposalErrors);
            errors.addAll(completion.with(proposalErrors));
        }
        Submitter submitter = submitter(input, errors);
        if (!TICKED.contains(InputText.trim(input.consent()).toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of("consent", CONSENT_REQUIRED));
        }
        if (!errors.isEmpty()) {
            return new SubmissionOutcome.Invalid(errors);
        }
        return new SubmissionOutcome.Valid(new SubmissionContent(
                kind, target == null ? null : target.id(), proposed, message, submitter));
    }

    private static SubmissionKind kind(String raw, List<FieldError> errors) {
        String code = InputText.trim(raw);
        if (code.isEmpty()) {
            errors.add(FieldError.of("kind", FieldError.REQUIRED));
            return null;
        }
        Optional<SubmissionKind> kind = SubmissionKind.fromCode(code);
        if (kind.isEmpty()) {
            errors.add(FieldError.of("kind", FieldError.UNKNOWN_CODE));
        }
        return kind.orElse(null);
    }

    /** Only a valid id reaches the lookup, because the lookup may turn it into a repository path. */
    private Initiative target(String raw, List<FieldError> errors) {
        String id = InputText.trim(raw);
        if (id.isEmpty()) {
            errors.add(FieldError.of("target", FieldError.REQUIRED));
            return null;
        }
        Optional<Initiative> target = InitiativeIds.isValid(id) ? publishedById.apply(id) : Optional.empty();
        if (target.isEmpty()) {
            errors.add(FieldError.of("target", UNKNOWN_INITIATIVE));
        }
        return target.orElse(null);
    }

    /**
     * "This initiative has ended" proposes exactly that: status ended, and the end year when the submitter knows
     * it. Anything else the form may have carried along is not part of this kind of submission.
     */
    private static InitiativeInput endedProposal(InitiativeInput given) {
        return InitiativeInput.builder().status(Status.ENDED.code()).endYear(given.endYear()).build();
    }

    private static boolean rowsWithinLimits(InitiativeInput proposed, List<FieldError> errors) {
        Map<String, List<?>> lists = new LinkedHashMap<>();
        lists.put("parties", proposed.parties());
        lists.put("levels", proposed.levels());
        lists.put("locations", proposed.locations());
        lists.put("sectors", proposed.sectors());
        lists.put("themes", proposed.themes());
        lists.put("funding", proposed.funding());
        int before = errors.size();
        lists.forEach((field, rows) -> {
            if (rows.size() > MAX_ROWS) {
                errors.add(FieldError.of(field, FieldError.TOO_MANY, MAX_ROWS));
            }
        });
        return errors.size() == before;
    }

    private void proposal(SubmissionKind kind, Initiative target, InitiativeInput proposed, String message,
            List<FieldError> errors) {
        if (kind == SubmissionKind.NEW_INITIATIVE) {
            errors.addAll(InitiativeValidator.validate(proposed, null, regions).errors());
            return;
        }
        boolean anyField = !PublishedInput.given(proposed).isEmpty();
        if (kind != SubmissionKind.ENDED && !anyField && message == null) {
            errors.add(FieldError.of("proposed", NOTHING_PROPOSED));
        }
        if (target != null && anyField) {
            errors.addAll(partialErrors(target, proposed));
        }
    }

    /** The errors of the published initiative with the proposal laid over it, minus those it had already. */
    private List<FieldError> partialErrors(Initiative published, InitiativeInput proposed) {
        InitiativeInput current = PublishedInput.of(published);
        Set<FieldError> existing = new HashSet<>(InitiativeValidator.validate(current, null, regions).errors());
        return InitiativeValidator.validate(PublishedInput.overlay(current, proposed), null, regions).errors()
                .stream().filter(e -> !existing.contains(e)).toList();
    }

    private static Submitter submitter(SubmissionInput input, List<FieldError> errors) {
        String name = text("submitter.name", input.submitterName(), true, SUBMITTER_NAME_MIN, SUBMITTER_TEXT_MAX,
                SINGLE_LINE, errors);
        String email = email(input.email(), errors);
        String organisation = text("submitter.organisation", input.organisation(), false, 0, SUBMITTER_TEXT_MAX,
                SINGLE_LINE, errors);
        String role = text("submitter.role", input.role(), false, 0, SUBMITTER_TEXT_MAX, SINGLE_LINE, errors);
        return name == null || email == null ? null : new Submitter(name, email, organisation, role);
    }

    private static String email(String raw, List<FieldError> errors) {
        String email = InputText.trim(raw);
        if (email.isEmpty()) {
            errors.add(FieldError.of("submitter.email", FieldError.REQUIRED));
            return null;
        }
        int length = InputText.length(email);
        if (length > EmailAddress.MAX_LENGTH) {
            errors.add(FieldError.of("submitter.email", FieldError.TOO_LONG, EmailAddress.MAX_LENGTH, length));
            return null;
        }
        if (!EmailAddress.isPlausible(email)) {
            errors.add(FieldError.of("submitter.email", INVALID_EMAIL));
            return null;
        }
        return email;
    }

    /** The same text rules, error codes and arguments as the initiative fields, so the messages read alike. */
    private static String text(String field, String raw, boolean required, int min, int max, String allowed,
            List<FieldError> errors) {
        String value = InputText.normaliseLineBreaks(InputText.trim(raw));
        if (value.isEmpty()) {
            if (required) {
                errors.add(FieldError.of(field, FieldError.REQUIRED, min, max));
            }
            return null;
        }
        if (InputText.hasControlCharacter(value, allowed)) {
            errors.add(FieldError.of(field, FieldError.CONTROL_CHARACTERS));
            return null;
        }
        int length = InputText.length(value);
        if (length < min) {
            errors.add(FieldError.of(field, FieldError.TOO_SHORT, min, max));
            return null;
        }
        if (length > max) {
            errors.add(FieldError.of(field, FieldError.TOO_LONG, max, length));
            return null;
        }
        return value;
    }
}
