package nl.samenwerkingskaart.initiatives.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.mapdata.ChangedIds;
import nl.samenwerkingskaart.initiatives.mapdata.MapData;
import nl.samenwerkingskaart.initiatives.mapdata.MapDataSerializer;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.api.resource.observation.ResourceChange;
import org.apache.sling.api.resource.observation.ResourceChangeListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published initiatives as the public sees them, kept in memory and serialised once per change. Repository
 * changes under the data root mark the affected initiatives; the next request reloads just those (or everything
 * after a large change) and serialises again, so publishing, changing or unpublishing shows up at once while
 * unchanged data costs nothing to serve.
 */
@Component(
        service = {PublishedInitiatives.class, ResourceChangeListener.class},
        property = {
            ResourceChangeListener.PATHS + "=" + InitiativeRepository.DATA_ROOT,
            ResourceChangeListener.CHANGES + "=ADDED",
            ResourceChangeListener.CHANGES + "=CHANGED",
            ResourceChangeListener.CHANGES + "=REMOVED"
        })
public class PublishedInitiatives implements ResourceChangeListener {

    static final String SUBSERVICE = "initiatives-reader";
    private static final Logger LOG = LoggerFactory.getLogger(PublishedInitiatives.class);
    private static final int RELOAD_ALL_ABOVE = 500;

    private final ChangedIds changes = new ChangedIds(InitiativeRepository.DATA_ROOT, RELOAD_ALL_ABOVE);
    private final Map<String, Initiative> published = new ConcurrentHashMap<>();
    private volatile MapData mapData;

    @Reference
    private ResourceResolverFactory resolverFactory;

    @Reference
    private InitiativeRepository repository;

    public PublishedInitiatives() {}

    PublishedInitiatives(ResourceResolverFactory resolverFactory, InitiativeRepository repository) {
        this.resolverFactory = resolverFactory;
        this.repository = repository;
    }

    @Override
    public void onChange(List<ResourceChange> list) {
        for (ResourceChange change : list) {
            changes.record(change.getPath());
        }
    }

    /** The current map data; brought up to date first when something changed. */
    public MapData mapData() {
        refreshIfChanged();
        return mapData;
    }

    /** A published initiative by id, as of the current map data. */
    public Optional<Initiative> find(String id) {
        refreshIfChanged();
        return Optional.ofNullable(published.get(id));
    }

    /** Every published initiative, as of the current map data, in no particular order. */
    public java.util.Collection<Initiative> all() {
        refreshIfChanged();
        return java.util.List.copyOf(published.values());
    }

    private void refreshIfChanged() {
        if (mapData != null && changes.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (mapData != null && changes.isEmpty()) {
                return;
            }
            ChangedIds.Changes pending = changes.drain();
            try (ResourceResolver resolver = resolverFactory.getServiceResourceResolver(
                    Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE))) {
                if (pending.all() || mapData == null) {
                    reloadAll(resolver);
                } else {
                    pending.ids().forEach(id -> reload(resolver, id));
                }
                mapData = MapDataSerializer.serialize(published.values().stream()
                        .sorted(java.util.Comparator.comparing(Initiative::id)).toList());
            } catch (LoginException | RuntimeException e) {
                changes.recordAll();
                LOG.error("Could not load the published initiatives", e);
                if (mapData == null) {
                    throw new IllegalStateException("Map data unavailable", e);
                }
            }
        }
    }

    private void reloadAll(ResourceResolver resolver) {
        long start = System.nanoTime();
        Map<String, Initiative> fresh = new ConcurrentHashMap<>();
        for (Initiative initiative : repository.findPublished(resolver)) {
            fresh.put(initiative.id(), initiative);
        }
        published.keySet().retainAll(fresh.keySet());
        published.putAll(fresh);
        LOG.info("Loaded {} published initiatives in {} ms", fresh.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void reload(ResourceResolver resolver, String id) {
        Optional<Initiative> current = repository.find(resolver, id).filter(Initiative::published);
        if (current.isPresent()) {
            published.put(id, current.get());
        } else {
            published.remove(id);
        }
    }
}
