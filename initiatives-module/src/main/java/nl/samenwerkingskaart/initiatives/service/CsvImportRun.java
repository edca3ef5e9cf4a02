package nl.samenwerkingskaart.initiatives.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import nl.samenwerkingskaart.initiatives.domain.csv.ColumnMapping;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvTable;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportJob;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportPlanner;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportProblem;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportRecord;
import nl.samenwerkingskaart.initiatives.domain.csv.RowPlan;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.repository.ImportJobs;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out an import, one step per request, with the researcher's own resolver (so the repository's access
 * control applies, as in the console's editor). Every written row is committed together with the job's progress:
 * a row is imported exactly once, even when a step is interrupted, and a row the repository refuses leaves the
 * others as they are. A step stops after a time budget so that the page can show the progress between steps.
 */
public final class CsvImportRun {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImportRun.class);
    /** Rows that write nothing are recorded in batches of this size. */
    private static final int PROGRESS_EVERY = 50;

    private final InitiativeRepository repository;
    private final RegionLookup regions;
    private final Gazetteer gazetteer;
    private final Clock clock;

    /** @param gazetteer null when none is available */
    public CsvImportRun(InitiativeRepository repository, RegionLookup regions, Gazetteer gazetteer, Clock clock) {
        this.repository = repository;
        this.regions = regions;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** The planner for a dry run or a step: everything the resolver can read is a candidate for matching. */
    public ImportPlanner planner(ResourceResolver resolver, boolean applyPublished) {
        return new ImportPlanner(repository.findAll(resolver), regions, gazetteer, applyPublished);
    }

    /** Imports rows from {@code job.nextRow()} until done or the budget is spent; returns the job as stored. */
    public ImportJob step(ResourceResolver resolver, ImportJob job, CsvTable table, Duration budget, Locale locale)
            throws PersistenceException {
        if (job.state() != ImportJob.State.IMPORTING) {
            return job;
        }
        ColumnMapping mapping = ColumnMapping.of(job.mapping());
        List<ImportRecord> records = table.records(mapping);
        ImportPlanner planner = planner(resolver, job.applyPublished());
        for (String claim : job.claimed()) {
            int colon = claim.lastIndexOf(':');
            planner.claim(claim.substring(0, colon), Integer.parseInt(claim.substring(colon + 1)));
        }
        Instant stop = clock.instant().plus(budget);
        int unsaved = 0;
        while (job.nextRow() < records.size() && clock.instant().isBefore(stop)) {
            ImportRecord record = records.get(job.nextRow());
            RowPlan plan = planner.plan(record, mapping);
            if (plan.writes()) {
                job = write(resolver, job, plan, locale);
                unsaved = 0;
            } else {
                job = job.after(plan, refusal(plan, locale));
                if (++unsaved >= PROGRESS_EVERY) {
                    ImportJobs.stage(resolver, job);
                    resolver.commit();
                    unsaved = 0;
                }
            }
        }
        if (job.nextRow() >= records.size()) {
            job = job.withState(ImportJob.State.DONE);
            LOG.info("{} imported {}: {} created, {} updated, {} unchanged, {} refused", resolver.getUserID(),
                    job.fileName(), job.created(), job.updated(), job.unchanged(), job.refused());
        }
        ImportJobs.stage(resolver, job);
        resolver.commit();
        return job;
    }

    private ImportJob write(ResourceResolver resolver, ImportJob job, RowPlan plan, Locale locale)
            throws PersistenceException {
        ImportJob next = job.after(plan, null);
        try {
            repository.stage(resolver, plan.initiative());
            ImportJobs.stage(resolver, next);
            resolver.commit();
            return next;
        } catch (PersistenceException | RuntimeException e) {
            resolver.revert();
            LOG.warn("Import of row {} ({}) failed: {}", plan.line(), plan.id(), e.toString());
            RowPlan refused = new RowPlan(plan.line(), RowPlan.Action.REFUSED, plan.id(), plan.name(), List.of(),
                    List.of(FieldError.of("row", ImportProblem.NOT_STORED)), null);
            ImportJob failed = job.after(refused, refusal(refused, locale));
            ImportJobs.stage(resolver, failed);
            resolver.commit();
            return failed;
        }
    }

    /** "Rij 7 (name): reason; reason" for a refused row, null for any other. */
    static String refusal(RowPlan plan, Locale locale) {
        if (plan.action() != RowPlan.Action.REFUSED) {
            return null;
        }
        String reasons = plan.problems().stream().map(p -> ImportProblem.text(p, locale))
                .collect(Collectors.joining("; "));
        boolean english = "en".equals(locale.getLanguage());
        return (english ? "Row " : "Rij ") + plan.line()
                + (plan.name() == null || plan.name().isEmpty() ? "" : " (" + plan.name() + ")") + ": " + reasons;
    }
}
