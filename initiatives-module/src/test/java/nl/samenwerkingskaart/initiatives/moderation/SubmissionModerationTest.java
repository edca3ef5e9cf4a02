package nl.samenwerkingskaart.initiatives.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.repository.InitiativeHistory;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.repository.JcrInitiativeRepository;
import nl.samenwerkingskaart.initiatives.submission.InitiativeField;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.StateChange;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.JcrSubmissionRepository;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Decisions carried out against a real Oak repository: the initiative, its history and the submission. */
@ExtendWith(SlingContextExtension.class)
class SubmissionModerationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final InitiativeRepository initiatives = new JcrInitiativeRepository();
    private final SubmissionRepository submissions = new JcrSubmissionRepository();
    private SubmissionModeration moderation;
    private Regions regions;
    private ResourceResolver resolver;
    private Initiative published;

    @BeforeEach
    void setUp() throws Exception {
        context.build().resource(SubmissionRepository.DATA_ROOT).resource(InitiativeRepository.DATA_ROOT).commit();
        regions = context.registerInjectActivateService(new Regions());
        moderation = new SubmissionModeration(initiatives, submissions, regions,
                new ModerationSessions(context.getService(ResourceResolverFactory.class)),
                Clock.fixed(NOW, ZoneOffset.UTC), List.of("Dubbel"));
        resolver = context.resourceResolver();
        InitiativeInput input = InitiativeInput.builder().name("Techniekpact Twente").goal("Meer technici.")
                .status("running").levels("mbo", "hbo").party("ROC van Twente", "mbo", "Hengelo")
                .party("Saxion", "hbo", "Enschede").location("Campus", "Enschede", "52.2215", "6.8937", null)
                .build();
        published = initiatives.save(resolver, InitiativeValidator.validate(input, "techniekpact-twente",
                regions.lookup()).value().toBuilder().id("techniekpact-twente").published(true).build());
    }

    private String submit(SubmissionKind kind, String target, InitiativeInput proposed, String key)
            throws Exception {
        SubmissionContent content = new SubmissionContent(kind, target, proposed, "Groet, Anja",
                new Submitter("Anja", "anja@example.nl", null, null, "nl"));
        return submissions.store(resolver, Submission.received(content, Instant.now(), null), key).reference();
    }

    private InitiativeInput newProposal() {
        return InitiativeInput.builder().name("Zorgpact Noord").goal("Stages in de zorg.").status("running")
                .levels("mbo").party("Noorderpoort", "mbo", "Groningen").party("UMCG", "company", "Groningen")
                .location("Campus", "Groningen", "53.2194", "6.5665", null).build();
    }

    @Test
    void approvingANewInitiativeCreatesItPublishedWithHistoryInOneCommit() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-aaaaaaaaaaaaaaaa");

        ModerationResult result = moderation.approve(resolver, reference, Set.of(), true, null, "ok");

        var done = assertInstanceOf(ModerationResult.Done.class, result);
        Initiative created = initiatives.find(resolver, done.initiativeId()).orElseThrow();
        assertEquals("Zorgpact Noord", created.name());
        assertTrue(created.published());
        assertEquals("Melding " + reference, created.provenance().source());
        assertEquals("admin", created.provenance().verifiedBy());
        StoredSubmission stored = submissions.find(resolver, reference).orElseThrow();
        assertEquals(SubmissionState.APPROVED, stored.submission().state());
        assertEquals(done.initiativeId(), stored.initiativeId());
        var history = InitiativeHistory.read(resolver, done.initiativeId());
        assertEquals(1, history.size());
        assertEquals(reference, history.get(0).reference());
        assertTrue(history.get(0).fields().contains("name"));
        assertFalse(resolver.hasChanges());
    }

    @Test
    void aNewInitiativeCanBeLeftUnpublishedForReview() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-bbbbbbbbbbbbbbbb");

        var done = (ModerationResult.Done) moderation.approve(resolver, reference, Set.of(), false, null, null);

        assertFalse(initiatives.find(resolver, done.initiativeId()).orElseThrow().published());
    }

    @Test
    void aCorrectionChangesOnlyTheAcceptedFields() throws Exception {
        InitiativeInput proposal = InitiativeInput.builder().name("Techniekpact Twente 2030")
                .goal("Twee keer zoveel technici.").website("https://techniekpact.example").build();
        String reference = submit(SubmissionKind.CORRECTION, published.id(), proposal, "key-cccccccccccccccc");

        ModerationResult result = moderation.approve(resolver, reference,
                EnumSet.of(InitiativeField.GOAL, InitiativeField.WEBSITE), false, null, null);

        assertInstanceOf(ModerationResult.Done.class, result);
        Initiative after = initiatives.find(resolver, published.id()).orElseThrow();
        assertEquals("Techniekpact Twente", after.name(), "the name was not accepted");
        assertEquals("Twee keer zoveel technici.", after.goal());
        assertEquals("https://techniekpact.example", after.website());
        assertEquals(published.parties(), after.parties(), "fields not proposed stay as they were");
        assertTrue(after.published(), "a published initiative stays published");
        assertEquals(List.of("goal", "website"), InitiativeHistory.read(resolver, published.id()).get(0).fields());
    }

    @Test
    void aCorrectionWithNothingAcceptedIsRefusedAndStoresNothing() throws Exception {
        String reference = submit(SubmissionKind.CORRECTION, published.id(),
                InitiativeInput.builder().goal("Iets anders.").build(), "key-dddddddddddddddd");

        var invalid = assertInstanceOf(ModerationResult.Invalid.class,
                moderation.approve(resolver, reference, Set.of(), false, null, null));

        assertEquals(SubmissionModeration.NO_FIELDS, invalid.errors().get(0).code());
        assertEquals(SubmissionState.RECEIVED, submissions.find(resolver, reference).orElseThrow().submission().state());
        assertEquals("Meer technici.", initiatives.find(resolver, published.id()).orElseThrow().goal());
    }

    @Test
    void endedSetsTheStatusAndEndYear() throws Exception {
        String reference = submit(SubmissionKind.ENDED, published.id(),
                InitiativeInput.builder().status("ended").endYear("2025").build(), "key-eeeeeeeeeeeeeeee");

        moderation.approve(resolver, reference, EnumSet.of(InitiativeField.STATUS, InitiativeField.END_YEAR), false,
                null, null);

        Initiative after = initiatives.find(resolver, published.id()).orElseThrow();
        assertEquals(Status.ENDED, after.status());
        assertEquals(2025, after.endYear());
    }

    @Test
    void anInvalidProposalIsRefusedWithTheInitiativesMessages() throws Exception {
        InitiativeInput noLocation = InitiativeInput.builder().name("Zonder plek").status("running")
                .party("X", "mbo", "Y").build();
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, noLocation, "key-ffffffffffffffff");

        var invalid = assertInstanceOf(ModerationResult.Invalid.class,
                moderation.approve(resolver, reference, Set.of(), true, null, null));

        assertFalse(invalid.errors().isEmpty());
        assertEquals(1, initiatives.findAll(resolver).size(), "nothing created");
    }

    @Test
    void editThenApproveKeepsBothVersions() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-gggggggggggggggg");
        InitiativeInput edited = InitiativeInput.builder().name("Zorgpact Groningen").goal("Stages in de zorg.")
                .status("running").levels("mbo").party("Noorderpoort", "mbo", "Groningen")
                .location("Campus", "Groningen", "53.2194", "6.5665", null).build();

        var done = (ModerationResult.Done) moderation.approve(resolver, reference, Set.of(), true, edited, null);

        assertEquals("Zorgpact Groningen", initiatives.find(resolver, done.initiativeId()).orElseThrow().name());
        Submission stored = submissions.find(resolver, reference).orElseThrow().submission();
        assertEquals("Zorgpact Noord", stored.content().proposed().name(), "what the visitor sent is kept");
        assertEquals(edited, ((ModerationDecision.Approve) stored.decision()).edited());
    }

    @Test
    void mergeTakesTheChosenFieldsIntoTheTarget() throws Exception {
        InitiativeInput duplicate = InitiativeInput.builder().name("Techniek Pact Twente")
                .description("Ook basisscholen doen mee.").status("running").party("Saxion", "hbo", "Enschede")
                .location("Campus", "Enschede", "52.22", "6.89", null).build();
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, duplicate, "key-hhhhhhhhhhhhhhhh");

        var done = assertInstanceOf(ModerationResult.Done.class, moderation.merge(resolver, reference,
                published.id(), EnumSet.of(InitiativeField.DESCRIPTION), "dubbel"));

        assertEquals(published.id(), done.initiativeId());
        Initiative after = initiatives.find(resolver, published.id()).orElseThrow();
        assertEquals("Techniekpact Twente", after.name());
        assertEquals("Ook basisscholen doen mee.", after.description());
        assertEquals(SubmissionState.MERGED, submissions.find(resolver, reference).orElseThrow().submission().state());
        assertEquals(1, initiatives.findAll(resolver).size(), "no new initiative");
    }

    @Test
    void mergeIntoAnUnknownInitiativeIsRefused() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-iiiiiiiiiiiiiiii");

        var invalid = assertInstanceOf(ModerationResult.Invalid.class,
                moderation.merge(resolver, reference, "bestaat-niet", Set.of(), null));

        assertEquals(SubmissionModeration.FIELD_TARGET, invalid.errors().get(0).field());
    }

    @Test
    void rejectNeedsAReasonAndRecordsIt() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-jjjjjjjjjjjjjjjj");

        assertInstanceOf(ModerationResult.Invalid.class, moderation.reject(resolver, reference, "  "));
        assertInstanceOf(ModerationResult.Done.class, moderation.reject(resolver, reference, "Dubbel"));

        Submission rejected = submissions.find(resolver, reference).orElseThrow().submission();
        assertEquals(SubmissionState.REJECTED, rejected.state());
        assertEquals("Dubbel", rejected.decision().why());
        assertEquals("admin", rejected.history().get(0).who());
        assertNull(submissions.find(resolver, reference).orElseThrow().initiativeId());
    }

    @Test
    void aDecidedSubmissionCannotBeDecidedAgain() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-kkkkkkkkkkkkkkkk");
        moderation.reject(resolver, reference, "Dubbel");

        assertInstanceOf(ModerationResult.AlreadyDecided.class,
                moderation.approve(resolver, reference, Set.of(), true, null, null));
        assertInstanceOf(ModerationResult.AlreadyDecided.class, moderation.startReview(resolver, reference));
        assertEquals(1, initiatives.findAll(resolver).size());
    }

    @Test
    void unknownReferencesAreNotFound() throws Exception {
        assertInstanceOf(ModerationResult.NotFound.class, moderation.reject(resolver, "SW-2026-AAAAAA", "x"));
        assertInstanceOf(ModerationResult.NotFound.class,
                moderation.approve(resolver, "SW-2026-AAAAAA", Set.of(), true, null, null));
    }

    @Test
    void startReviewMovesToInReview() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-llllllllllllllll");

        moderation.startReview(resolver, reference);

        assertEquals(SubmissionState.IN_REVIEW, submissions.find(resolver, reference).orElseThrow().submission().state());
    }

    @Test
    void theSubmitterIsToldTheOutcomeInTheirLanguageOnlyWhenADecisionIsStored() throws Exception {
        var mailer = org.mockito.Mockito.mock(nl.samenwerkingskaart.initiatives.service.SubmissionMailer.class);
        moderation.setMailer(mailer);
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-mmmmmmmmmmmmmmmm");

        moderation.reject(resolver, reference, " ");
        org.mockito.Mockito.verifyNoInteractions(mailer);
        moderation.reject(resolver, reference, "Buiten Nederland");

        org.mockito.Mockito.verify(mailer).sendOutcome(org.mockito.ArgumentMatchers.eq(reference),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq(
                        new ModerationDecision.Reject("Buiten Nederland")),
                org.mockito.ArgumentMatchers.eq(java.util.Locale.forLanguageTag("nl")));
    }

    /** Sessions whose moderator is a named researcher, while decisions are written by the (mock) service session. */
    private SubmissionModeration moderatedBy(String researcher) {
        ModerationSessions named = new ModerationSessions(context.getService(ResourceResolverFactory.class)) {
            @Override
            public String moderator(ResourceResolver caller) {
                return researcher;
            }
        };
        return new SubmissionModeration(initiatives, submissions, regions, named, Clock.fixed(NOW, ZoneOffset.UTC),
                List.of("Dubbel"));
    }

    @Test
    void theDecisionNamesTheResearcherNotTheServiceUserThatWroteIt() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-nnnnnnnnnnnnnnnn");
        SubmissionModeration byAnna = moderatedBy("onderzoeker-anna");

        byAnna.startReview(resolver, reference);
        var done = assertInstanceOf(ModerationResult.Done.class,
                byAnna.approve(resolver, reference, Set.of(), true, null, null));

        resolver.refresh();
        Submission decided = submissions.find(resolver, reference).orElseThrow().submission();
        assertEquals(List.of("onderzoeker-anna", "onderzoeker-anna"),
                decided.history().stream().map(StateChange::who).toList());
        assertEquals("onderzoeker-anna", initiatives.find(resolver, done.initiativeId()).orElseThrow()
                .provenance().verifiedBy());
        assertEquals("onderzoeker-anna", InitiativeHistory.read(resolver, done.initiativeId()).get(0).who());
    }

    @Test
    void whoeverMayNotModerateIsForbiddenAndNothingIsWritten() throws Exception {
        String reference = submit(SubmissionKind.NEW_INITIATIVE, null, newProposal(), "key-oooooooooooooooo");
        ResourceResolverFactory factory = org.mockito.Mockito.mock(ResourceResolverFactory.class);
        ModerationSessions nobody = new ModerationSessions(factory) {
            @Override
            public String moderator(ResourceResolver caller) {
                return null;
            }
        };
        SubmissionModeration refusing = new SubmissionModeration(initiatives, submissions, regions, nobody,
                Clock.fixed(NOW, ZoneOffset.UTC), List.of("Dubbel"));

        assertInstanceOf(ModerationResult.Forbidden.class, refusing.startReview(resolver, reference));
        assertInstanceOf(ModerationResult.Forbidden.class,
                refusing.approve(resolver, reference, Set.of(), true, null, null));
        assertInstanceOf(ModerationResult.Forbidden.class,
                refusing.merge(resolver, reference, published.id(), Set.of(), null));
        assertInstanceOf(ModerationResult.Forbidden.class, refusing.reject(resolver, reference, "Dubbel"));

        org.mockito.Mockito.verifyNoInteractions(factory);
        assertEquals(SubmissionState.RECEIVED, submissions.find(resolver, reference).orElseThrow().submission().state());
    }

    @Test
    void onlyThoseWhoCanReadTheSubmissionsModerate() throws Exception {
        ModerationSessions sessions = new ModerationSessions(context.getService(ResourceResolverFactory.class));
        assertEquals(resolver.getUserID(), sessions.moderator(resolver));
        ResourceResolver blind = org.mockito.Mockito.mock(ResourceResolver.class);
        org.mockito.Mockito.when(blind.getUserID()).thenReturn("redacteur");
        assertNull(sessions.moderator(blind), "cannot read the submissions folder");
        ResourceResolver anonymous = org.mockito.Mockito.mock(ResourceResolver.class);
        org.mockito.Mockito.when(anonymous.getUserID()).thenReturn("anonymous");
        org.mockito.Mockito.when(anonymous.getResource(SubmissionRepository.DATA_ROOT))
                .thenReturn(resolver.getResource(SubmissionRepository.DATA_ROOT));
        assertNull(sessions.moderator(anonymous), "anonymous never moderates");
    }
}
