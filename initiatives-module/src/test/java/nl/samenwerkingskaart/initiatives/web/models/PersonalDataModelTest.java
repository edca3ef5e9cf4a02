package nl.samenwerkingskaart.initiatives.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataServlet;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataText;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataView;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataView.Step;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PersonalDataModelTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T09:30:00Z");

    private final SlingContext context = new SlingContext();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(PersonalDataModel.class);
        context.request().setLocale(Locale.forLanguageTag("nl-NL"));
    }

    private static StoredSubmission correction() {
        SubmissionContent content = new SubmissionContent(SubmissionKind.CORRECTION, "techniekpact-twente-k3f9q",
                InitiativeInput.builder().website("https://example.nl").build(), null,
                new Submitter("Anja", "anja@example.nl", null, null));
        return new StoredSubmission("SW-2026-K3F9QX", Submission.received(content, RECEIVED, null), null);
    }

    @Test
    void aPlainVisitOfThePageShowsTheEmptyForm() {
        PersonalDataModel model = context.request().adaptTo(PersonalDataModel.class);
        assertFalse(model.isResults() || model.isConfirm() || model.isErased());
        assertNull(model.getEmail());
        assertNull(model.getError());
        assertEquals(PersonalDataServlet.PATH, model.getActionUrl());
    }

    @Test
    void listsTheSubmissionsWithTheirReferenceDateKindAndState() {
        context.request().setAttribute(PersonalDataServlet.ATTR_VIEW,
                new PersonalDataView(Step.RESULTS, "anja@example.nl", List.of(correction()), null, 0));
        PersonalDataModel model = context.request().adaptTo(PersonalDataModel.class);
        assertTrue(model.isResults());
        assertEquals(1, model.getCount());
        PersonalDataModel.Row row = model.getRows().get(0);
        assertEquals("SW-2026-K3F9QX", row.getReference());
        assertEquals("2026-03-01T09:30:00Z", row.getReceivedAtIso());
        assertTrue(row.getReceivedAt().contains("2026") && row.getReceivedAt().contains("10:30"),
                "in Dutch time: " + row.getReceivedAt());
        assertEquals("correction", row.getKind());
        assertEquals("received", row.getState());
        assertEquals("techniekpact-twente-k3f9q", row.getSubject(), "a correction names the initiative");
    }

    @Test
    void showsTheErrorTextAndTheErasedCount() {
        context.request().setAttribute(PersonalDataServlet.ATTR_VIEW,
                new PersonalDataView(Step.SEARCH, "x", List.of(), PersonalDataText.EMAIL_INVALID, 0));
        assertEquals("E-mailadres: vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
                context.request().adaptTo(PersonalDataModel.class).getError());

        context.request().setAttribute(PersonalDataServlet.ATTR_VIEW,
                new PersonalDataView(Step.ERASED, "anja@example.nl", List.of(), null, 3));
        PersonalDataModel erased = context.request().adaptTo(PersonalDataModel.class);
        assertTrue(erased.isErased());
        assertEquals(3, erased.getErasedCount());
    }
}
