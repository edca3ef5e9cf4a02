package nl.samenwerkingskaart.initiatives.repository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportJob;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/**
 * Uploaded import files and their progress, under {@link #ROOT} (researchers only, by repoinit), one node per
 * upload with the file as a binary property. Read and written with the researcher's own resolver. The file is
 * removed once its import is done; the whole node a day after the upload (swept on every new upload).
 */
public final class ImportJobs {

    public static final String ROOT = "/var/samenwerkingskaart/imports";
    public static final Duration KEEP = Duration.ofDays(1);
    private static final String FILE = "file";

    private ImportJobs() {}

    /** Stores a new upload and commits; also removes uploads older than {@link #KEEP}. */
    public static ImportJob create(ResourceResolver resolver, String owner, String fileName, byte[] bytes,
            Instant now) throws PersistenceException {
        sweep(resolver, now.minus(KEEP));
        Resource root = resolver.getResource(ROOT);
        if (root == null) {
            throw new PersistenceException("No access to " + ROOT);
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, fileName, now, "auto", "auto",
                List.of(), false, ImportJob.State.UPLOADED, 0, 0, 0, 0, 0, List.of(), List.of());
        Map<String, Object> props = new HashMap<>(properties(job));
        props.put("jcr:primaryType", "nt:unstructured");
        props.put("uploaded", calendar(now));
        props.put(FILE, new ByteArrayInputStream(bytes));
        resolver.create(root, job.id(), props);
        resolver.commit();
        return job;
    }

    public static Optional<ImportJob> find(ResourceResolver resolver, String id) {
        Resource resource = id == null || !id.matches("[0-9a-f-]{36}") ? null : resolver.getResource(ROOT + "/" + id);
        if (resource == null) {
            return Optional.empty();
        }
        ValueMap v = resource.getValueMap();
        Calendar uploaded = v.get("uploaded", Calendar.class);
        return Optional.of(new ImportJob(resource.getName(), v.get("owner", ""), v.get("fileName", ""),
                uploaded == null ? Instant.EPOCH : uploaded.toInstant(), v.get("encoding", "auto"),
                v.get("separator", "auto"), List.of(v.get("mapping", new String[0])),
                v.get("applyPublished", false), ImportJob.State.fromCode(v.get("state", "")),
                v.get("nextRow", 0), v.get("created", 0), v.get("updated", 0), v.get("unchanged", 0),
                v.get("refused", 0), List.of(v.get("refusals", new String[0])),
                List.of(v.get("claimed", new String[0]))));
    }

    /** The uploaded bytes; empty once the import is done and the file removed. */
    public static Optional<byte[]> file(ResourceResolver resolver, String id) throws IOException {
        Resource resource = resolver.getResource(ROOT + "/" + id);
        InputStream in = resource == null ? null : resource.getValueMap().get(FILE, InputStream.class);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** Writes the job's settings and progress without committing; the file goes once the job is done. */
    public static void stage(ResourceResolver resolver, ImportJob job) throws PersistenceException {
        Resource resource = resolver.getResource(ROOT + "/" + job.id());
        ModifiableValueMap values = resource == null ? null : resource.adaptTo(ModifiableValueMap.class);
        if (values == null) {
            throw new PersistenceException("No write access to import " + job.id());
        }
        values.putAll(properties(job));
        if (job.state() == ImportJob.State.DONE) {
            values.remove(FILE);
        }
    }

    private static Map<String, Object> properties(ImportJob job) {
        Map<String, Object> props = new HashMap<>();
        props.put("owner", job.owner());
        props.put("fileName", job.fileName());
        props.put("encoding", job.encoding());
        props.put("separator", job.separator());
        props.put("mapping", job.mapping().toArray(String[]::new));
        props.put("applyPublished", job.applyPublished());
        props.put("state", job.state().code());
        props.put("nextRow", (long) job.nextRow());
        props.put("created", (long) job.created());
        props.put("updated", (long) job.updated());
        props.put("unchanged", (long) job.unchanged());
        props.put("refused", (long) job.refused());
        props.put("refusals", job.refusals().toArray(String[]::new));
        props.put("claimed", job.claimed().toArray(String[]::new));
        return props;
    }

    /** Removes the uploads made before the cutoff that this resolver may delete; best effort. */
    static void sweep(ResourceResolver resolver, Instant cutoff) throws PersistenceException {
        Resource root = resolver.getResource(ROOT);
        if (root == null) {
            return;
        }
        List<Resource> old = new ArrayList<>();
        for (Resource child : root.getChildren()) {
            Calendar uploaded = child.getValueMap().get("uploaded", Calendar.class);
            if (uploaded != null && uploaded.toInstant().isBefore(cutoff)) {
                old.add(child);
            }
        }
        for (Resource resource : old) {
            resolver.delete(resource);
        }
    }

    private static Calendar calendar(Instant when) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(when.toEpochMilli());
        return calendar;
    }
}
