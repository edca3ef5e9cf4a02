package nl.samenwerkingskaart.initiatives.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.csv.ColumnMapping;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvTable;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportJob;
import nl.samenwerkingskaart.initiatives.repository.ImportJobs;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.repository.JcrInitiativeRepository;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Import steps against a real Oak repository: each row its own commit, resumable, idempotent. */
@ExtendWith(SlingContextExtension.class)
class CsvImportRunTest {

    private static final String FILE = "name,goal,town,latitude,longitude,parties\n"
            + "Pact een,Doel een.,Ede,52.04,5.66,Een B.V. | company\n"
            + "Pact twee,Doel twee.,Ede,52.04,5.66,Twee B.V. | company\n"
            + "Pact drie,,Ede,52.04,5.66,Drie B.V. | company\n"
            + "Pact vier,Doel vier.,Ede,52.04,5.66,Vier B.V. | company\n";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final JcrInitiativeRepository jcr = new JcrInitiativeRepository();
    /** Every instant() one second later: a step with a budget of n seconds handles about n rows. */
    private final AtomicLong ticks = new AtomicLong();
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(ticks.incrementAndGet()); }
    };

    @BeforeEach
    void createRoots() {
        context.build().resource("/var/samenwerkingskaart").resource(ImportJobs.ROOT).commit();
    }

    private ImportJob started(ResourceResolver resolver) throws PersistenceException {
        byte[] bytes = FILE.getBytes(StandardCharsets.UTF_8);
        ImportJob job = ImportJobs.create(resolver, "onderzoeker", "pacten.csv", bytes, clock.instant());
        CsvTable table = CsvTable.read(bytes, CsvTable.AUTO, CsvTable.AUTO);
        job = job.withSettings(CsvTable.AUTO, CsvTable.AUTO, ColumnMapping.suggest(table.headers()).codes(), false)
                .withState(ImportJob.State.IMPORTING);
        ImportJobs.stage(resolver, job);
        resolver.commit();
        return job;
    }

    private ImportJob runToEnd(CsvImportRun run, ImportJob job, Duration budget) throws Exception {
        ResourceResolver resolver = context.resourceResolver();
        byte[] bytes = ImportJobs.file(resolver, job.id()).orElseThrow();
        CsvTable table = CsvTable.read(bytes, job.encoding(), job.separator());
        for (int i = 0; i < 20 && job.state() != ImportJob.State.DONE; i++) {
            job = run.step(resolver, job, table, budget, Locale.forLanguageTag("nl"));
            assertEquals(job, ImportJobs.find(resolver, job.id()).orElseThrow(), "the progress is stored");
        }
        return job;
    }

    private Map<String, Initiative> byName() {
        return jcr.findAll(context.resourceResolver()).stream()
                .collect(Collectors.toMap(Initiative::name, i -> i));
    }

    @Test
    void importsInStepsRefusesTheBadRowAndReimportingWritesNothing() throws Exception {
        CsvImportRun run = new CsvImportRun(jcr, RegionCatalog.loadDefault(), null, clock);
        ImportJob job = runToEnd(run, started(context.resourceResolver()), Duration.ofMillis(1500));
        assertEquals(ImportJob.State.DONE, job.state());
        assertEquals(List.of(3, 0, 0, 1), List.of(job.created(), job.updated(), job.unchanged(), job.refused()));
        assertEquals(1, job.refusals().size());
        assertTrue(job.refusals().get(0).startsWith("Rij 4 (Pact drie): Doel:"), job.refusals().get(0));
        assertEquals(Optional.empty(), ImportJobs.file(context.resourceResolver(), job.id()), "the file is removed");
        Map<String, Initiative> stored = byName();
        assertEquals(3, stored.size());
        assertFalse(stored.get("Pact een").published(), "imported rows are unpublished");

        ImportJob again = runToEnd(run, started(context.resourceResolver()), Duration.ofSeconds(60));
        assertEquals(List.of(0, 0, 3, 1), List.of(again.created(), again.updated(), again.unchanged(),
                again.refused()));
        assertEquals(stored, byName(), "nothing was written again, not even lastModified");
    }

    @Test
    void aLaterStepStillRefusesASecondRowAboutTheSameInitiative() throws Exception {
        CsvImportRun run = new CsvImportRun(jcr, RegionCatalog.loadDefault(), null, clock);
        ResourceResolver resolver = context.resourceResolver();
        byte[] bytes = ("name,goal,town,latitude,longitude,parties\n"
                + "Pact vijf,Eerste.,Ede,52.04,5.66,Vijf B.V. | company\n"
                + "PACT VIJF,Tweede.,ede,52.04,5.66,Vijf B.V. | company\n").getBytes(StandardCharsets.UTF_8);
        ImportJob job = ImportJobs.create(resolver, "onderzoeker", "dubbel.csv", bytes, clock.instant());
        CsvTable table = CsvTable.read(bytes, CsvTable.AUTO, CsvTable.AUTO);
        job = job.withSettings(CsvTable.AUTO, CsvTable.AUTO, ColumnMapping.suggest(table.headers()).codes(), false)
                .withState(ImportJob.State.IMPORTING);
        ImportJobs.stage(resolver, job);
        resolver.commit();
        job = runToEnd(run, job, Duration.ofMillis(1500));
        assertEquals(List.of(1, 0, 0, 1), List.of(job.created(), job.updated(), job.unchanged(), job.refused()),
                job.toString());
        assertEquals("Eerste.", byName().get("Pact vijf").goal(), "the first row wins, as the dry run said");
    }

    @Test
    void aRowTheRepositoryRefusesLeavesTheOthersWritten() throws Exception {
        InitiativeRepository failingOnTwo = new InitiativeRepository() {
            @Override public Optional<Initiative> find(ResourceResolver r, String id) { return jcr.find(r, id); }
            @Override public List<Initiative> findAll(ResourceResolver r) { return jcr.findAll(r); }
            @Override public List<Initiative> findPublished(ResourceResolver r) { return jcr.findPublished(r); }
            @Override public boolean setPublished(ResourceResolver r, String id, boolean p) { throw new AssertionError(); }
            @Override public boolean delete(ResourceResolver r, String id) { throw new AssertionError(); }

            @Override
            public Initiative stage(ResourceResolver r, Initiative initiative) throws PersistenceException {
                Initiative staged = jcr.stage(r, initiative);
                if (initiative.name().equals("Pact twee")) {
                    throw new PersistenceException("OakConstraint0001: refused");
                }
                return staged;
            }
        };
        CsvImportRun run = new CsvImportRun(failingOnTwo, RegionCatalog.loadDefault(), null, clock);
        ImportJob job = runToEnd(run, started(context.resourceResolver()), Duration.ofSeconds(60));
        assertEquals(List.of(2, 0, 0, 2), List.of(job.created(), job.updated(), job.unchanged(), job.refused()));
        assertEquals(List.of("Pact een", "Pact vier"), byName().keySet().stream().sorted().toList(),
                "the refused write left nothing half-written and did not stop the rows after it");
        assertTrue(job.refusals().stream().anyMatch(r -> r.startsWith("Rij 3 (Pact twee): Rij: het opslaan is mislukt")),
                job.refusals().toString());
    }
}
