package nl.samenwerkingskaart.initiatives.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.initiatives.domain.csv.ColumnMapping;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvField;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvTable;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportJob;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportProblem;
import nl.samenwerkingskaart.initiatives.domain.csv.RowPlan;

/**
 * What the import page shows for one step, handed to its script as a request attribute: the upload form (no view),
 * the column mapping, the dry run, or the progress and outcome of the import. Getters only, for the JSP.
 */
public final class ImportView {

    /** The page's steps. */
    public enum Step { UPLOAD, MAPPING, DRY_RUN, PROGRESS }

    /** One column of the file: its header, two sample values, the field it is mapped to. */
    public record Column(int index, String header, String sample, String field) {
        public int getIndex() { return index; }
        public String getHeader() { return header; }
        public String getSample() { return sample; }
        public String getField() { return field; }
    }

    /** One row of the dry run. */
    public record Row(int line, String action, String id, String name, String changed, List<String> problems) {
        public int getLine() { return line; }
        public String getAction() { return action; }
        public String getId() { return id; }
        public String getName() { return name; }
        public String getChanged() { return changed; }
        public List<String> getProblems() { return problems; }
    }

    private final Step step;
    private final ImportJob job;
    private final CsvTable table;
    private final List<Row> rows;
    private final String error;
    private final int total;

    private ImportView(Step step, ImportJob job, CsvTable table, List<Row> rows, String error, int total) {
        this.step = step;
        this.job = job;
        this.table = table;
        this.rows = rows;
        this.error = error;
        this.total = total;
    }

    static ImportView upload(String error) {
        return new ImportView(Step.UPLOAD, null, null, List.of(), error, 0);
    }

    static ImportView mapping(ImportJob job, CsvTable table, String error) {
        return new ImportView(Step.MAPPING, job, table, List.of(), error, table.rows().size());
    }

    static ImportView dryRun(ImportJob job, CsvTable table, List<RowPlan> plans, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (RowPlan plan : plans) {
            rows.add(new Row(plan.line(), plan.action().code(), plan.id(), plan.name(),
                    plan.changed().stream().map(CsvField::code).collect(Collectors.joining(", ")),
                    plan.problems().stream().map(p -> ImportProblem.text(p, locale)).toList()));
        }
        return new ImportView(Step.DRY_RUN, job, table, rows, null, table.rows().size());
    }

    static ImportView progress(ImportJob job, int total) {
        return new ImportView(Step.PROGRESS, job, null, List.of(), null, total);
    }

    public String getStep() {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String getError() {
        return error;
    }

    public String getJobId() {
        return job == null ? null : job.id();
    }

    public String getFileName() {
        return job == null ? null : job.fileName();
    }

    public String getEncoding() {
        return table == null ? null : table.encoding();
    }

    public String getSeparator() {
        return table == null ? null : table.separatorName();
    }

    public String getChosenEncoding() {
        return job == null ? CsvTable.AUTO : job.encoding();
    }

    public String getChosenSeparator() {
        return job == null ? CsvTable.AUTO : job.separator();
    }

    public boolean isApplyPublished() {
        return job != null && job.applyPublished();
    }

    public int getTotal() {
        return total;
    }

    public List<Column> getColumns() {
        if (table == null) {
            return List.of();
        }
        ColumnMapping mapping = job.mapping().isEmpty() ? ColumnMapping.suggest(table.headers())
                : ColumnMapping.of(job.mapping());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            String sample = table.rows().stream().limit(2)
                    .map(r -> column < r.size() ? r.get(column) : "")
                    .collect(Collectors.joining(" / "));
            CsvField field = mapping.field(i);
            columns.add(new Column(i, table.headers().get(i), sample, field == null ? "" : field.code()));
        }
        return columns;
    }

    /** Every field a column can be mapped to, by code. */
    public List<String> getFields() {
        return CsvField.allColumns().stream().map(CsvField::code).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getCreateCount() {
        return rows.stream().filter(r -> r.action().equals("create")).count();
    }

    public long getUpdateCount() {
        return rows.stream().filter(r -> r.action().equals("update")).count();
    }

    public long getUnchangedCount() {
        return rows.stream().filter(r -> r.action().equals("unchanged")).count();
    }

    public long getRefusedCount() {
        return rows.stream().filter(r -> r.action().equals("refused")).count();
    }

    public int getDoneRows() {
        return job == null ? 0 : job.done();
    }

    public int getCreated() {
        return job == null ? 0 : job.created();
    }

    public int getUpdated() {
        return job == null ? 0 : job.updated();
    }

    public int getUnchanged() {
        return job == null ? 0 : job.unchanged();
    }

    public int getRefused() {
        return job == null ? 0 : job.refused();
    }

    public List<String> getRefusals() {
        return job == null ? List.of() : job.refusals();
    }

    public boolean isDone() {
        return job != null && job.state() == ImportJob.State.DONE;
    }

    /** Percentage of rows imported, 0 to 100. */
    public int getPercent() {
        int total = getTotal();
        return job == null || total == 0 ? 100 : Math.min(100, job.done() * 100 / total);
    }
}
