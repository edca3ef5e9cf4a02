package nl.samenwerkingskaart.initiatives.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.Status;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repository against a real Oak repository (Sling mocks with JCR_OAK), in the layout of docs/contracts.md. */
@ExtendWith(SlingContextExtension.class)
class JcrInitiativeRepositoryTest {

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final JcrInitiativeRepository repository = new JcrInitiativeRepository();

    @BeforeEach
    void createDataRoot() {
        context.build().resource("/var/samenwerkingskaart").commit();
    }

    @Test
    void savesAndReadsEveryField() throws Exception {
        Initiative saved = repository.save(context.resourceResolver(), full("techniekpact-twente-k3f9q"));

        Initiative read = repository.find(context.resourceResolver(), "techniekpact-twente-k3f9q").orElseThrow();
        assertEquals(saved, read);
        assertNotNull(read.lastModified());
        assertEquals(List.of("ROC van Twente", "Stedelijk Lyceum"), read.parties().stream().map(Party::name).toList());
        assertEquals(new Provenance("jaarverslag", LocalDate.of(2025, 3, 1), "onderzoeker"), read.provenance());
    }

    @Test
    void storesTheLayoutOfTheContract() throws Exception {
        repository.save(context.resourceResolver(), full("layout-test-aaaaa"));
        Resource node = context.resourceResolver().getResource(InitiativeRepository.DATA_ROOT + "/layout-test-aaaaa");
        ValueMap props = node.getValueMap();
        assertEquals(InitiativeRepository.RESOURCE_TYPE, node.getResourceType());
        assertEquals("AM05", props.get("regionCode", String.class));
        assertEquals("2025-03-01", props.get("lastVerified", String.class));
        assertEquals(2021L, props.get("startYear", Long.class));
        assertTrue(props.get("published", false));
        assertEquals("mbo", node.getChild("parties/0").getValueMap().get("kind", String.class));
        assertEquals(52.2215, node.getChild("locations/0").getValueMap().get("latitude", Double.class), 1e-9);
    }

    @Test
    void anUpdateReplacesPartiesAndRemovesClearedFields() throws Exception {
        repository.save(context.resourceResolver(), full("update-test-bbbbb"));
        Initiative fewer = full("update-test-bbbbb").toBuilder()
                .parties(List.of(new Party("Alleen dit bedrijf", PartyKind.COMPANY, null)))
                .website(null)
                .startYear(null)
                .build();
        repository.save(context.resourceResolver(), fewer);

        Initiative read = repository.find(context.resourceResolver(), "update-test-bbbbb").orElseThrow();
        assertEquals(List.of(new Party("Alleen dit bedrijf", PartyKind.COMPANY, null)), read.parties());
        assertNull(read.website());
        assertNull(read.startYear());
        assertNull(context.resourceResolver().getResource(InitiativeRepository.DATA_ROOT + "/update-test-bbbbb/parties/1"));
    }

    @Test
    void anUpdateTurnsAListWrittenAsOneStringIntoAList() throws Exception {
        context.build().resource(InitiativeRepository.DATA_ROOT + "/single-value-ddddd", "levels", "mbo",
                "sectors", "zorg").commit();

        repository.save(context.resourceResolver(), full("single-value-ddddd"));

        ValueMap props = context.resourceResolver()
                .getResource(InitiativeRepository.DATA_ROOT + "/single-value-ddddd").getValueMap();
        assertEquals(full("single-value-ddddd").levels().size(), props.get("levels", String[].class).length);
    }

    @Test
    void historyEntriesSurviveAnUpdateAndReadBackOldestFirst() throws Exception {
        var resolver = context.resourceResolver();
        repository.save(resolver, full("history-test-eeeee"));
        var later = new nl.samenwerkingskaart.initiatives.submission.SubmissionChange("SW-2026-BBBBBB",
                nl.samenwerkingskaart.initiatives.submission.SubmissionKind.CORRECTION,
                nl.samenwerkingskaart.initiatives.submission.SubmissionState.APPROVED, "onderzoeker",
                java.time.Instant.parse("2026-05-01T10:00:00Z"), List.of("goal"));
        var earlier = new nl.samenwerkingskaart.initiatives.submission.SubmissionChange("SW-2026-AAAAAA",
                nl.samenwerkingskaart.initiatives.submission.SubmissionKind.ADDITION,
                nl.samenwerkingskaart.initiatives.submission.SubmissionState.MERGED, "onderzoeker",
                java.time.Instant.parse("2026-04-01T10:00:00Z"), List.of());
        InitiativeHistory.stage(resolver, "history-test-eeeee", later);
        InitiativeHistory.stage(resolver, "history-test-eeeee", earlier);
        resolver.commit();

        repository.save(resolver, full("history-test-eeeee").toBuilder().goal("Ander doel").build());

        assertEquals(List.of(earlier, later), InitiativeHistory.read(resolver, "history-test-eeeee"));
        assertEquals("Ander doel", repository.find(resolver, "history-test-eeeee").orElseThrow().goal());
    }

    @Test
    void keepsTheOrderOfMoreThanTenParties() throws Exception {
        List<Party> parties = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new Party("Partij " + i, PartyKind.COMPANY, null)).toList();
        repository.save(context.resourceResolver(), full("order-test-ccccc").toBuilder().parties(parties).build());
        assertEquals(parties, repository.find(context.resourceResolver(), "order-test-ccccc").orElseThrow().parties());
    }

    @Test
    void findsPublishedOnlyWhenAsked() throws Exception {
        repository.save(context.resourceResolver(), full("published-ddddd"));
        repository.save(context.resourceResolver(), full("draft-eeeee").toBuilder().published(false).build());

        assertEquals(2, repository.findAll(context.resourceResolver()).size());
        assertEquals(List.of("published-ddddd"),
                repository.findPublished(context.resourceResolver()).stream().map(Initiative::id).toList());
    }

    @Test
    void publishesUnpublishesAndDeletes() throws Exception {
        repository.save(context.resourceResolver(), full("lifecycle-fffff").toBuilder().published(false).build());

        assertTrue(repository.setPublished(context.resourceResolver(), "lifecycle-fffff", true));
        assertTrue(repository.find(context.resourceResolver(), "lifecycle-fffff").orElseThrow().published());
        assertTrue(repository.setPublished(context.resourceResolver(), "lifecycle-fffff", false));
        assertFalse(repository.find(context.resourceResolver(), "lifecycle-fffff").orElseThrow().published());
        assertTrue(repository.delete(context.resourceResolver(), "lifecycle-fffff"));
        assertTrue(repository.find(context.resourceResolver(), "lifecycle-fffff").isEmpty());

        assertFalse(repository.setPublished(context.resourceResolver(), "lifecycle-fffff", true));
        assertFalse(repository.delete(context.resourceResolver(), "lifecycle-fffff"));
    }

    @Test
    void readsOddNodesLeniently() {
        context.build().resource(InitiativeRepository.DATA_ROOT + "/odd-ggggg",
                        "name", "Vreemd", "status", "onbekend", "levels", new String[] {"vmbo", "lyceum"})
                .resource(InitiativeRepository.DATA_ROOT + "/odd-ggggg/parties/0", "name", "Zonder soort")
                .commit();
        Initiative odd = repository.find(context.resourceResolver(), "odd-ggggg").orElseThrow();
        assertEquals(Status.RUNNING, odd.status());
        assertEquals(Set.of(Level.VMBO), odd.levels());
        assertTrue(odd.parties().isEmpty(), "a party without a known kind is skipped");
        assertFalse(odd.published());
    }

    @Test
    void refusesToSaveWithoutAnId() {
        Initiative noId = full("x").toBuilder().id(null).build();
        assertThrows(IllegalArgumentException.class, () -> repository.save(context.resourceResolver(), noId));
    }

    static Initiative full(String id) {
        return Initiative.builder()
                .id(id)
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.")
                .description("<p>Over het pact</p>")
                .parties(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Enschede"),
                        new Party("Stedelijk Lyceum", PartyKind.VMBO_SCHOOL, "Enschede")))
                .levels(Set.of(Level.VMBO, Level.MBO))
                .locations(List.of(new Location("Campus", "Enschede", 52.2215, 6.8937, "Gieterij 200")))
                .regionCode("AM05")
                .provinceCode("PV23")
                .sectors(List.of("techniek"))
                .themes(List.of("praktijkleren", "innovatie"))
                .status(Status.RUNNING)
                .startYear(2021)
                .endYear(2026)
                .website("https://example.org/twente")
                .funding(List.of("regio-investeringsfonds"))
                .contact("info@example.org")
                .provenance(new Provenance("jaarverslag", LocalDate.of(2025, 3, 1), "onderzoeker"))
                .published(true)
                .demo(true)
                .build();
    }
}
