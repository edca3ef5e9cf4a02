package nl.samenwerkingskaart.initiatives.web.models;

import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import nl.samenwerkingskaart.initiatives.web.console.InitiativeForm;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class InitiativeFormModelTest {

    private static final String ID = "techniekpact-twente-k3f9q";
    private static RegionCatalog catalog;

    private final SlingContext context = new SlingContext();
    private final InitiativeRepository repository = mock(InitiativeRepository.class);
    private final SubmissionRepository submissions = mock(SubmissionRepository.class);

    @BeforeAll
    static void loadRegions() {
        catalog = RegionCatalog.loadDefault();
    }

    @BeforeEach
    void setUp() {
        Regions regions = mock(Regions.class);
        when(regions.catalog()).thenReturn(catalog);
        context.registerService(InitiativeRepository.class, repository);
        context.registerService(Regions.class, regions);
        context.registerService(SubmissionRepository.class, submissions);
        context.addModelsForClasses(InitiativeFormModel.class);
        context.request().setLocale(Locale.forLanguageTag("nl"));
        context.create().resource("/etc/taxonomy/samenwerkingskaart/sectoren/techniek", "jcr:title", "Techniek");
        context.create().resource("/etc/taxonomy/samenwerkingskaart/sectoren/zorg", "jcr:title", "Zorg");
        context.create().resource("/etc/taxonomy/samenwerkingskaart/themas/praktijkleren", "jcr:title", "Praktijkleren");
    }

    private InitiativeFormModel model() {
        return context.request().adaptTo(InitiativeFormModel.class);
    }

    private static Initiative stored() {
        return Initiative.builder().id(ID).name("Techniekpact Twente").goal("Doel")
                .parties(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Hengelo")))
                .levels(Set.of(Level.MBO, Level.VMBO))
                .locations(List.of(new Location("Campus", "Enschede", 52.22154, 6.8931, null)))
                .regionCode("AM20").regionOverridden(true)
                .sectors(List.of("techniek", "oud-sector"))
                .funding(List.of("mbo-werkt", "regio-investeringsfonds"))
                .startYear(2021)
                .provenance(new Provenance("Website", LocalDate.parse("2025-03-01"), "anna"))
                .published(true)
                .build();
    }

    @Test
    void aNewFormOffersOneRowPlusTwoSpareRows() {
        InitiativeFormModel model = model();

        assertTrue(model.isCreating());
        assertFalse(model.isNotFound());
        assertEquals(3, model.getParties().size());
        assertFalse(model.getParties().get(0).spare());
        assertTrue(model.getParties().get(1).spare());
        assertEquals(3, model.getLocations().size());
        assertTrue(model.getLocations().get(0).isMain());
        assertEquals("parties[2].name", model.getParties().get(2).getName().getName());
        assertEquals("parties-2-name", model.getParties().get(2).getName().getId());
        assertEquals("running", model.getStatusOptions().stream().filter(FormOption::selected).findFirst()
                .orElseThrow().value());
        assertEquals(35, model.getRegionOptions().size());
        assertEquals(List.of("techniek", "zorg"), model.getSectorOptions().stream().map(FormOption::value).toList());
        assertFalse(model.isHasErrors());
    }

    @Test
    void anExistingInitiativeFillsTheForm() {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(stored()));
        context.requestPathInfo().setSuffix(ConsolePaths.suffix(ID));

        InitiativeFormModel model = model();

        assertFalse(model.isCreating());
        assertEquals(ID, model.getId());
        assertEquals("Techniekpact Twente", model.getFields().get("name").getValue());
        assertEquals("AM20", model.getFields().get("regionCode").getValue());
        assertEquals("mbo-werkt, regio-investeringsfonds", model.getFields().get("funding").getValue());
        assertEquals("2021", model.getFields().get("startYear").getValue());
        assertEquals("2025-03-01", model.getFields().get("lastVerified").getValue());
        assertEquals("ROC van Twente", model.getParties().get(0).getName().getValue());
        assertEquals("mbo", model.getParties().get(0).getKind().getValue());
        assertEquals(3, model.getParties().size());
        assertEquals("52.22154", model.getLocations().get(0).getLatitude().getValue());
        assertEquals("6.8931", model.getLocations().get(0).getLongitude().getValue());
        assertEquals(List.of("vmbo", "mbo"), model.getLevelOptions().stream().filter(FormOption::selected)
                .map(FormOption::value).toList());
        assertEquals(List.of("techniek", "oud-sector"), model.getSectorOptions().stream()
                .filter(FormOption::selected).map(FormOption::value).toList());
        assertTrue(model.isPublished());
        assertEquals("anna", model.getVerifiedBy());
        assertEquals(ConsolePaths.deleteUrl(ID), model.getDeleteUrl());
    }

    @Test
    void aSuffixOutsideTheDataRootIsNotFound() {
        context.requestPathInfo().setSuffix("/home/users/admin");

        InitiativeFormModel model = model();

        assertTrue(model.isNotFound());
        assertNull(model.getId());
    }

    @Test
    void aRefusedSubmissionIsShownAsTypedWithItsMessages() {
        InitiativeInput input = InitiativeInput.builder().name("X").party("", "mbo", "Almelo")
                .location(null, "Enschede", "abc", "6.9", null).build();
        context.request().setAttribute(ConsolePaths.ATTR_FORM, new InitiativeForm(input, "Bron", "gisteren", true));
        context.request().setAttribute(ConsolePaths.ATTR_ERRORS, List.of(
                FieldError.of("name", FieldError.TOO_SHORT, 3, 200),
                FieldError.of("parties[0].name", FieldError.REQUIRED),
                FieldError.of("locations[0].latitude", FieldError.NOT_A_NUMBER),
                FieldError.of("sectors[1]", FieldError.INVALID_TAG),
                FieldError.of("lastVerified", "swk.console.validation.invalidDate")));

        InitiativeFormModel model = model();

        assertTrue(model.isHasErrors());
        assertEquals(5, model.getErrors().size());
        assertEquals(List.of("name", "parties-0-name", "locations-0-latitude", "sectors", "lastVerified"),
                model.getErrors().stream().map(InitiativeFormModel.ErrorItem::fieldId).toList());
        assertEquals("X", model.getFields().get("name").getValue());
        assertTrue(model.getFields().get("name").isInvalid());
        assertEquals("name-error", model.getFields().get("name").getErrorId());
        assertTrue(model.getFields().get("sectors").isInvalid());
        assertEquals("gisteren", model.getFields().get("lastVerified").getValue());
        assertTrue(model.getFields().get("lastVerified").getError().startsWith("Laatst gecontroleerd"));
        assertEquals("true", model.getFields().get("markVerified").getValue());
        assertEquals("Almelo", model.getParties().get(0).getTown().getValue());
        assertTrue(model.getParties().get(0).getName().isInvalid());
        assertFalse(model.getParties().get(0).getTown().isInvalid());
        assertEquals("abc", model.getLocations().get(0).getLatitude().getValue());
        assertTrue(model.getLocations().get(0).getLatitude().isInvalid());
        assertFalse(model.getErrors().get(0).message().isBlank());
    }

    @Test
    void theTemplateRowsCarryAPlaceholderIndex() {
        InitiativeFormModel model = model();

        assertEquals("parties[__i__].kind", model.getPartyTemplate().getKind().getName());
        assertEquals("locations-__i__-latitude", model.getLocationTemplate().getLatitude().getId());
    }

    @Test
    void fieldIdsAvoidBracketsAndDots() {
        assertEquals("parties-1-name", FormField.idOf("parties[1].name"));
        assertEquals("levels", FormField.idOf("levels[2]"));
        assertEquals("name", FormField.idOf("name"));
        assertEquals(Map.of(), Map.of());
    }

    @Test
    void anOpenSubmissionFillsTheFormWithItsProposalOverTheInitiative() {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(stored()));
        SubmissionContent content = new SubmissionContent(SubmissionKind.CORRECTION, ID,
                InitiativeInput.builder().goal("Nieuw doel").build(), null, new Submitter("A", "a@example.nl", null, null));
        when(submissions.find(any(), eq("SW-2026-K3F9QX"))).thenReturn(Optional.of(new StoredSubmission(
                "SW-2026-K3F9QX", Submission.received(content, java.time.Instant.now(), null), null)));
        context.requestPathInfo().setSuffix("/var/samenwerkingskaart/initiatives/" + ID);
        context.request().setQueryString("submission=SW-2026-K3F9QX");
        context.request().setParameterMap(Map.of("submission", "SW-2026-K3F9QX"));

        InitiativeFormModel model = model();

        assertEquals("SW-2026-K3F9QX", model.getSubmissionReference());
        assertEquals("Nieuw doel", model.getFields().get("goal").getValue());
        assertEquals("Techniekpact Twente", model.getFields().get("name").getValue());
    }

    @Test
    void aSubmissionAboutAnotherInitiativeIsIgnored() {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(stored()));
        SubmissionContent content = new SubmissionContent(SubmissionKind.CORRECTION, "ander-initiatief",
                InitiativeInput.builder().goal("Nieuw doel").build(), null, new Submitter("A", "a@example.nl", null, null));
        when(submissions.find(any(), eq("SW-2026-K3F9QX"))).thenReturn(Optional.of(new StoredSubmission(
                "SW-2026-K3F9QX", Submission.received(content, java.time.Instant.now(), null), null)));
        context.requestPathInfo().setSuffix("/var/samenwerkingskaart/initiatives/" + ID);
        context.request().setParameterMap(Map.of("submission", "SW-2026-K3F9QX"));

        InitiativeFormModel model = model();

        assertEquals("", model.getSubmissionReference());
        assertEquals("Doel", model.getFields().get("goal").getValue());
    }
}
