package nl.samenwerkingskaart.initiatives.web.console;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import nl.samenwerkingskaart.initiatives.domain.csv.ColumnMapping;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvTable;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportJob;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportPlanner;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportRecord;
import nl.samenwerkingskaart.initiatives.domain.csv.RowPlan;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.repository.ImportJobs;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.service.CsvImportRun;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.web.Regions;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.request.RequestParameter;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSV import for researchers (console page Manage → Import), one POST per step, each with the console's CSRF
 * token: {@code :action} = upload (multipart {@code file}), dryrun (the column mapping {@code col.<i>}, encoding,
 * separator and {@code applyPublished}: stores them and shows what each row would do), import (starts, and does the
 * first step), continue (the next step; {@code :format=json} answers the progress as JSON for the page's script).
 * The uploaded file stays on the server ({@link ImportJobs}) between the steps.
 *
 * <p>Everything is read and written with the request's own resolver: who cannot read and write the initiatives and
 * the uploads (site editors, anonymous) is refused with 403.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + CsvImportServlet.PATH,
        "sling.servlet.methods=POST"
})
public class CsvImportServlet extends SlingAllMethodsServlet {

    public static final String PATH = "/bin/samenwerkingskaart/console/import";
    public static final String PAGE = "/cms/samenwerking/import.html";
    public static final String ATTR_VIEW = "nl.samenwerkingskaart.console.import";
    static final String PAGE_RESOURCE = "/mnt/overlay/sling-cms/content/samenwerking/import.html";
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final Duration STEP_BUDGET = Duration.ofSeconds(2);
    static final String FORBIDDEN = "swk.import.error.forbidden";
    static final String NO_FILE = "swk.import.error.noFile";
    static final String TOO_LARGE = "swk.import.error.tooLarge";
    static final String NO_JOB = "swk.import.error.noJob";
    static final String EMPTY = "swk.import.error.empty";
    static final String NO_NAME = "swk.import.error.noName";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CsvImportServlet.class);

    @Reference
    private transient InitiativeRepository repository;

    @Reference
    private transient CsrfTokens csrfTokens;

    @Reference
    private transient Regions regions;

    /** Until a gazetteer is installed, rows that need one are refused with that reason. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Gazetteer gazetteer;

    private transient Clock clock = Clock.systemUTC();

    public CsvImportServlet() {}

    /** For tests. */
    CsvImportServlet(InitiativeRepository repository, CsrfTokens csrfTokens, Regions regions, Gazetteer gazetteer,
            Clock clock) {
        this.repository = repository;
        this.csrfTokens = csrfTokens;
        this.regions = regions;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        if (!csrfTokens.isValid(request)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.CSRF);
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        if (resolver.getResource(ImportJobs.ROOT) == null
                || resolver.getResource(InitiativeRepository.DATA_ROOT) == null) {
            ImportText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
            return;
        }
        String action = Objects.toString(request.getParameter(":action"), "");
        try {
            switch (action) {
                case "upload" -> upload(request, response);
                case "dryrun" -> dryRun(request, response);
                case "import", "continue" -> importStep(request, response, action.equals("import"));
                default -> ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        ConsoleText.UNKNOWN_ACTION);
            }
        } catch (PersistenceException | RuntimeException e) {
            resolver.revert();
            if (InitiativeConsoleServlet.isAccessDenied(e)) {
                ImportText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
            } else {
                LOG.error("Import step {} failed", action, e);
                ConsoleText.plain(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        ConsoleText.FAILED);
            }
        }
    }

    private void upload(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException, PersistenceException {
        RequestParameter file = request.getRequestParameter("file");
        if (file == null || file.isFormField() || file.getSize() <= 0) {
            render(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    ImportView.upload(ImportText.get(request, NO_FILE)));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            render(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    ImportView.upload(ImportText.get(request, TOO_LARGE)));
            return;
        }
        byte[] bytes = file.get();
        CsvTable table = CsvTable.read(bytes, CsvTable.AUTO, CsvTable.AUTO);
        if (table.headers().isEmpty()) {
            render(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    ImportView.upload(ImportText.get(request, EMPTY)));
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        String name = Objects.toString(file.getFileName(), "import.csv");
        ImportJob job = ImportJobs.create(resolver, resolver.getUserID(), name.substring(
                Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1), bytes, clock.instant());
        LOG.info("{} uploaded {} for import ({} bytes, {} rows)", resolver.getUserID(), job.fileName(),
                bytes.length, table.rows().size());
        render(request, response, HttpServletResponse.SC_OK, ImportView.mapping(job, table, null));
    }

    private void dryRun(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException, PersistenceException {
        ResourceResolver resolver = request.getResourceResolver();
        Optional<Loaded> loaded = load(request, response);
        if (loaded.isEmpty()) {
            return;
        }
        ImportJob job = loaded.get().job();
        if (job.state() != ImportJob.State.UPLOADED) {
            render(request, response, HttpServletResponse.SC_OK, ImportView.progress(job, loaded.get().table().rows().size()));
            return;
        }
        String encoding = Objects.toString(request.getParameter("encoding"), CsvTable.AUTO);
        String separator = Objects.toString(request.getParameter("separator"), CsvTable.AUTO);
        CsvTable table = CsvTable.read(loaded.get().bytes(), encoding, separator);
        boolean settingsChanged = !encoding.equals(job.encoding()) || !separator.equals(job.separator());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            codes.add(Objects.toString(request.getParameter("col." + i), ""));
        }
        // A new encoding or separator gives other columns: the mapping is suggested again from the new headers.
        ColumnMapping mapping = settingsChanged || request.getParameter("col.0") == null
                ? ColumnMapping.suggest(table.headers()) : ColumnMapping.of(codes);
        job = job.withSettings(encoding, separator, mapping.codes(),
                "on".equals(request.getParameter("applyPublished")) || "true".equals(request.getParameter("applyPublished")));
        ImportJobs.stage(resolver, job);
        resolver.commit();
        if (settingsChanged || !mapping.maps(nl.samenwerkingskaart.initiatives.domain.csv.CsvField.NAME)) {
            render(request, response, HttpServletResponse.SC_OK, ImportView.mapping(job, table,
                    settingsChanged ? null : ImportText.get(request, NO_NAME)));
            return;
        }
        ImportPlanner planner = run().planner(resolver, job.applyPublished());
        List<RowPlan> plans = new ArrayList<>();
        for (ImportRecord record : table.records(mapping)) {
            plans.add(planner.plan(record, mapping));
        }
        render(request, response, HttpServletResponse.SC_OK,
                ImportView.dryRun(job, table, plans, ConsoleText.locale(request)));
    }

    private void importStep(SlingHttpServletRequest request, SlingHttpServletResponse response, boolean start)
            throws ServletException, IOException, PersistenceException {
        Optional<Loaded> loaded = load(request, response);
        if (loaded.isEmpty()) {
            return;
        }
        ImportJob job = loaded.get().job();
        CsvTable table = CsvTable.read(loaded.get().bytes(), job.encoding(), job.separator());
        if (start && job.state() == ImportJob.State.UPLOADED && !job.mapping().isEmpty()) {
            job = job.withState(ImportJob.State.IMPORTING);
        }
        job = run().step(request.getResourceResolver(), job, table, STEP_BUDGET, ConsoleText.locale(request));
        if ("json".equals(request.getParameter(":format"))) {
            ImportText.progressJson(response, job, table.rows().size());
            return;
        }
        render(request, response, HttpServletResponse.SC_OK, ImportView.progress(job, table.rows().size()));
    }

    private record Loaded(ImportJob job, byte[] bytes, CsvTable table) {}

    /** The job named by the parameter {@code job} with its file; renders the upload step when it is gone. */
    private Optional<Loaded> load(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        ResourceResolver resolver = request.getResourceResolver();
        Optional<ImportJob> job = ImportJobs.find(resolver, request.getParameter("job"));
        Optional<byte[]> bytes = job.isEmpty() ? Optional.empty() : ImportJobs.file(resolver, job.get().id());
        if (job.isPresent() && bytes.isEmpty() && job.get().state() == ImportJob.State.DONE) {
            if ("json".equals(request.getParameter(":format"))) {
                ImportText.progressJson(response, job.get(), job.get().done());
            } else {
                render(request, response, HttpServletResponse.SC_OK,
                        ImportView.progress(job.get(), job.get().done()));
            }
            return Optional.empty();
        }
        if (job.isEmpty() || bytes.isEmpty()) {
            render(request, response, HttpServletResponse.SC_NOT_FOUND,
                    ImportView.upload(ImportText.get(request, NO_JOB)));
            return Optional.empty();
        }
        return Optional.of(new Loaded(job.get(), bytes.get(),
                CsvTable.read(bytes.get(), job.get().encoding(), job.get().separator())));
    }

    private CsvImportRun run() {
        return new CsvImportRun(repository, regions.lookup(), gazetteer, clock);
    }

    private static void render(SlingHttpServletRequest request, SlingHttpServletResponse response, int status,
            ImportView view) throws ServletException, IOException {
        request.setAttribute(ATTR_VIEW, view);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        RequestDispatcher dispatcher = request.getRequestDispatcher(PAGE_RESOURCE);
        if (dispatcher == null) {
            throw new ServletException("No dispatcher for " + PAGE_RESOURCE);
        }
        dispatcher.forward(new GetRequest(request), response);
    }
}
