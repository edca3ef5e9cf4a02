package nl.samenwerkingskaart.initiatives.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import nl.samenwerkingskaart.initiatives.web.SubmissionTokens;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class SubmissionFormTest {

    private static final String CONTAINER = "/content/publicaties/kaart/jcr:content/container";
    private static final String FORM = CONTAINER + "/melden";
    private static final String ENGLISH_FORM = "/content/english/map/jcr:content/container/form";
    private static final String TAXONOMY = "/etc/taxonomy/samenwerkingskaart";
    private static final String ID = "techniekpact-twente-k3f9q";

    private final SlingContext context = new SlingContext();
    private final PublishedInitiatives published = mock(PublishedInitiatives.class);
    private SubmissionTokens tokens;

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(SubmissionForm.class);
        context.load().json("/submission-form/test-content.json", "/content");
        context.load().json("/jcr_root/etc/taxonomy/samenwerkingskaart.json", TAXONOMY);
        tokens = context.registerInjectActivateService(new SubmissionTokens());
        when(published.find(anyString())).thenReturn(Optional.empty());
        when(published.find(ID)).thenReturn(Optional.of(twente()));
        context.registerService(PublishedInitiatives.class, published);
    }

    private SubmissionForm model(String path) {
        context.currentResource(path);
        SubmissionForm model = context.request().adaptTo(SubmissionForm.class);
        assertNotNull(model, "model for " + path);
        return model;
    }

    private void query(String... pairs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        context.request().setParameterMap(parameters);
    }

    @Test
    void aFreshFormIsForANewInitiativeAndCarriesAValidKeyAndToken() {
        SubmissionForm form = model(FORM);

        assertEquals("melden", form.getId());
        assertEquals("Meld een initiatief", form.getTitle());
        assertEquals("newInitiative", form.getKind());
        assertTrue(form.isNewInitiative());
        assertFalse(form.isAboutInitiative());
        assertFalse(form.isHasErrors());
        assertTrue(tokens.verify(form.getKey(), form.getToken()), "the rendered token is accepted for its key");
        assertEquals("/content/publicaties/kaart.html#melden", form.getReturnPath());
        assertEquals(FORM, form.getFormPath());
        assertEquals("/content/publicaties/privacy.html", form.getPrivacyUrl());
        assertEquals("/bin/samenwerkingskaart/public/submissions", form.getActionUrl());
        assertEquals(3, form.getParties().size(), "one row and two spare rows without the script");
        assertEquals(1, form.getLocations().size());
        assertEquals("melden-name", form.getFields().get("name").getId(), "ids carry the form's id");
        assertEquals("melden-parties-1-name", form.getParties().get(1).getName().getId());
        assertEquals("parties[1].name", form.getParties().get(1).getName().getName());
        assertEquals(10, form.getSectorOptions().size(), "the map's taxonomy");
        assertNotEquals(model(FORM).getKey(), form.getKey(), "every view of the form gets its own key");
        assertEquals("no-store", context.response().getHeader("Cache-Control"),
                "no shared cache may hand one visitor's key to another");
    }

    @Test
    void aCorrectionStartsFromThePublishedInitiativesPublicValues() {
        query("kind", "correction", "target", ID);
        SubmissionForm form = model(FORM);

        assertTrue(form.isAboutInitiative());
        assertFalse(form.isNewInitiative());
        assertEquals("correction", form.getKind());
        assertEquals(ID, form.getTarget());
        assertEquals("Techniekpact Twente", form.getTargetName());
        Map<String, FormField> fields = form.getFields();
        assertEquals("Techniekpact Twente", fields.get("name").getValue());
        assertEquals("Meer jongeren kiezen voor techniek.", fields.get("goal").getValue());
        assertEquals("Scholen & bedrijven werken samen.", fields.get("description").getValue(),
                "the description as the map shows it, without markup");
        assertEquals("running", fields.get("status").getValue());
        assertEquals("2021", fields.get("startYear").getValue());
        assertEquals("https://www.techniekpact.nl", fields.get("website").getValue());
        assertEquals("ROC van Twente", form.getParties().get(0).getName().getValue());
        assertEquals("mbo", form.getParties().get(0).getKind().getValue());
        assertEquals("Bouwbedrijf Jansen", form.getParties().get(1).getName().getValue());
        assertEquals(2 + 2, form.getParties().size(), "both parties and two spare rows");
        assertEquals(2, form.getLocations().size(), "every location, so a correction loses none");
        assertEquals("52.2215", form.getLocations().get(0).getLatitude().getValue());
        assertEquals("Almelo", form.getLocations().get(1).getTown().getValue());
        assertTrue(form.getSectorOptions().stream().anyMatch(o -> o.value().equals("techniek") && o.selected()));
        assertTrue(form.getLevelOptions().stream().anyMatch(o -> o.value().equals("vmbo") && o.selected()));
        assertFalse(form.getLevelOptions().stream().anyMatch(o -> o.value().equals("hbo") && o.selected()));
    }

    @Test
    void anUnknownOrMalformedTargetGivesABlankNewForm() {
        query("kind", "correction", "target", "bestaat-niet-abc12");
        SubmissionForm unknown = model(FORM);
        assertTrue(unknown.isUnknownTarget());
        assertTrue(unknown.isNewInitiative());
        assertFalse(unknown.isAboutInitiative());
        assertEquals("", unknown.getFields().get("name").getValue());

        query("kind", "correction", "target", "../../etc/passwd");
        SubmissionForm malformed = model(FORM);
        assertTrue(malformed.isUnknownTarget());
        assertTrue(malformed.isNewInitiative());
        verify(published, never()).find("../../etc/passwd");

        query("kind", "newInitiative", "target", ID);
        assertFalse(model(FORM).isAboutInitiative(), "a new initiative is about no initiative");
    }

    @Test
    void aRefusedPostIsShownAgainWithWhatWasTypedAndAMessageAtEachField() {
        Map<String, String[]> values = new LinkedHashMap<>();
        values.put("kind", new String[] {"newInitiative"});
        values.put("name", new String[] {"Zorgpact <Noord>"});
        values.put("goal", new String[] {""});
        values.put("parties[0].name", new String[] {""});
        values.put("parties[0].town", new String[] {""});
        values.put("parties[3].name", new String[] {"Noorderpoort"});
        values.put("sectors", new String[] {"zorg", "ict"});
        values.put("submitterName", new String[] {"Anja"});
        values.put("submitterEmail", new String[] {"geen-adres"});
        values.put("message", new String[] {"Graag\nop de kaart"});
        SubmissionTokens.Issued issued = tokens.issue();
        SubmissionFormState state = new SubmissionFormState(FORM, values, List.of(
                new SubmissionFormState.FieldProblem("goal", FieldError.of("goal", FieldError.REQUIRED, 0, 2000)),
                new SubmissionFormState.FieldProblem("parties[0].kind",
                        FieldError.of("parties[0].kind", FieldError.REQUIRED)),
                new SubmissionFormState.FieldProblem("submitterEmail",
                        FieldError.of("submitter.email", "invalidEmail")),
                new SubmissionFormState.FieldProblem("consent", FieldError.of("consent", "consentRequired"))),
                null, issued.key(), issued.token(), issued.getIssuedAtMillis());
        context.request().setAttribute(SubmissionFormState.ATTRIBUTE, state);
        query("swk-ref", "SW-2026-K3F9QX");

        SubmissionForm form = model(FORM);

        assertTrue(form.isRefused());
        assertTrue(form.isHasErrors());
        assertNull(form.getReference(), "no confirmation on a refused post");
        assertEquals(issued.key(), form.getKey(), "the same key, so a corrected post is still one submission");
        assertEquals(issued.token(), form.getToken());
        Map<String, FormField> fields = form.getFields();
        assertEquals("Zorgpact <Noord>", fields.get("name").getValue());
        assertEquals("geen-adres", fields.get("submitterEmail").getValue());
        assertEquals("Graag\nop de kaart", fields.get("message").getValue());
        assertTrue(fields.get("submitterEmail").isInvalid());
        assertTrue(fields.get("submitterEmail").getError().startsWith("E-mailadres: vul een geldig"),
                fields.get("submitterEmail").getError());
        assertEquals("melden-submitterEmail-error", fields.get("submitterEmail").getErrorId());
        assertTrue(fields.get("goal").isInvalid());
        assertFalse(fields.get("name").isInvalid());
        assertTrue(fields.get("consent").isInvalid());
        assertEquals("", fields.get("consent").getValue(), "consent is not ticked again by itself");
        // The filled party row comes first, as the endpoint read it; the message about row 0 sits at that row.
        assertEquals("Noorderpoort", form.getParties().get(0).getName().getValue());
        assertTrue(form.getParties().get(0).getKind().isInvalid());
        assertTrue(form.getSectorOptions().stream().filter(FormOption::selected).map(FormOption::value).toList()
                .containsAll(List.of("zorg", "ict")));
        List<String> linked = form.getErrors().stream().map(InitiativeFormModel.ErrorItem::fieldId).toList();
        assertEquals(List.of("melden-goal", "melden-parties-0-kind", "melden-submitterEmail", "melden-consent"),
                linked);
    }

    @Test
    void aMessageAboutTheHiddenTargetShowsAtTheChoiceOfKind() {
        Map<String, String[]> values = Map.of("kind", new String[] {"correction"}, "target", new String[] {ID});
        context.request().setAttribute(SubmissionFormState.ATTRIBUTE, new SubmissionFormState(FORM, values,
                List.of(new SubmissionFormState.FieldProblem("target", FieldError.of("target", "unknownInitiative"))),
                null, "abcdefghijklmnopqrstuv", "1.x", 0));
        SubmissionForm form = model(FORM);
        assertTrue(form.isAboutInitiative());
        assertEquals("Techniekpact Twente", form.getTargetName());
        assertTrue(form.getFields().get("kind").isInvalid());
        assertTrue(form.getFields().get("kind").getError().startsWith("Initiatief: dit initiatief staat niet"),
                form.getFields().get("kind").getError());
        assertEquals("melden-kind", form.getErrors().get(0).fieldId(), "the summary links to an element that exists");
    }

    @Test
    void aRefusalOfTheWholeFormKeepsTheValuesAndSaysWhy() {
        Map<String, String[]> values = Map.of("name", new String[] {"Zorgpact"});
        context.request().setAttribute(SubmissionFormState.ATTRIBUTE, new SubmissionFormState(FORM, values,
                List.of(), SubmissionFormState.EXPIRED, "abcdefghijklmnopqrstuv", "1.x", 0));
        SubmissionForm form = model(FORM);
        assertTrue(form.isHasErrors());
        assertNotNull(form.getProblemKey());
        assertTrue(form.getProblemKey().contains("expired"));
        assertEquals("Zorgpact", form.getFields().get("name").getValue());
    }

    @Test
    void aRefusedPostOfAnotherFormOnThePageLeavesThisOneFresh() {
        context.request().setAttribute(SubmissionFormState.ATTRIBUTE, new SubmissionFormState(CONTAINER + "/plain",
                Map.of("name", new String[] {"Ander"}), List.of(), SubmissionFormState.TOO_MANY, "k", "t", 0));
        SubmissionForm form = model(FORM);
        assertFalse(form.isRefused());
        assertEquals("", form.getFields().get("name").getValue());
    }

    @Test
    void messagesFollowThePageLanguage() {
        SubmissionTokens.Issued issued = tokens.issue();
        context.request().setAttribute(SubmissionFormState.ATTRIBUTE, new SubmissionFormState(null, Map.of(),
                List.of(new SubmissionFormState.FieldProblem("submitterEmail",
                        FieldError.of("submitter.email", "invalidEmail"))),
                null, issued.key(), issued.token(), 0));
        SubmissionForm form = model(ENGLISH_FORM);
        assertEquals("en", form.getLanguage());
        assertTrue(form.getFields().get("submitterEmail").getError().startsWith("E-mail address: enter a valid"),
                form.getFields().get("submitterEmail").getError());
    }

    @Test
    void showsOnlyAWellFormedReference() {
        query("swk-ref", "SW-2026-K3F9QX");
        assertEquals("SW-2026-K3F9QX", model(FORM).getReference());
        query("swk-ref", "<script>alert(1)</script>");
        assertNull(model(FORM).getReference());
        query("swk-ref", "SW-2026-K3F9QI");
        assertNull(model(FORM).getReference(), "I is not in the reference alphabet");
    }

    @Test
    void acceptsOnlyLocalPagesOrHttpsAddressesAsThePrivacyStatementAndSafeAnchorIds() {
        SubmissionForm plain = model(CONTAINER + "/plain");
        assertNull(plain.getPrivacyUrl());
        assertTrue(plain.getId().matches("swk-form-[0-9a-f]{10}"), plain.getId());
        assertNull(model(CONTAINER + "/external").getPrivacyUrl());
        assertEquals("https://www.example.org/privacy#melders", model(CONTAINER + "/https").getPrivacyUrl());
    }

    @Test
    void theScriptGetsTheServersOwnMessagesWithPlaceholders() throws Exception {
        JsonNode messages = new ObjectMapper().readTree(model(FORM).getClientMessagesJson());
        assertEquals("Partij {n}, naam: vul de naam van de organisatie in.",
                messages.path("parties[].name.required").asText());
        assertTrue(messages.path("endYear.endBeforeStart").asText().contains("({0})"),
                messages.path("endYear.endBeforeStart").asText());
        assertTrue(messages.path("submitterEmail.invalidEmail").asText().startsWith("E-mailadres:"));
        assertTrue(messages.path("consent.consentRequired").asText().startsWith("Toestemming:"));
        JsonNode english = new ObjectMapper().readTree(model(ENGLISH_FORM).getClientMessagesJson());
        assertTrue(english.path("submitterEmail.required").asText().startsWith("E-mail address:"));
    }

    private static Initiative twente() {
        return Initiative.builder()
                .id(ID)
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.")
                .description("<p>Scholen &amp; bedrijven werken <b>samen</b>.</p><script>alert('x')</script>")
                .parties(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Enschede"),
                        new Party("Bouwbedrijf Jansen", PartyKind.COMPANY, "Hengelo")))
                .levels(java.util.Set.of(Level.MBO, Level.VMBO))
                .locations(List.of(new Location("Campus", "Enschede", 52.2215, 6.8937, null),
                        new Location(null, "Almelo", 52.35, 6.66, null)))
                .regionCode("AM05")
                .provinceCode("PV23")
                .sectors(List.of("techniek"))
                .themes(List.of("praktijkleren"))
                .status(Status.RUNNING)
                .startYear(2021)
                .website("https://www.techniekpact.nl")
                .published(true)
                .build();
    }
}
