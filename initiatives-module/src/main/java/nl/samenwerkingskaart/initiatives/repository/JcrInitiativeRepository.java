package nl.samenwerkingskaart.initiatives.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceUtil;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores initiatives as nodes under {@link #DATA_ROOT} through Sling's resource API. */
@Component(service = InitiativeRepository.class)
public class JcrInitiativeRepository implements InitiativeRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JcrInitiativeRepository.class);
    private static final Map<String, Object> FOLDER = Map.of("jcr:primaryType", "nt:unstructured");

    @Override
    public Optional<Initiative> find(ResourceResolver resolver, String id) {
        Resource resource = resolver.getResource(DATA_ROOT + "/" + id);
        return resource == null ? Optional.empty() : Optional.of(InitiativeResourceMapper.read(resource));
    }

    @Override
    public List<Initiative> findAll(ResourceResolver resolver) {
        List<Initiative> initiatives = new ArrayList<>();
        Resource root = resolver.getResource(DATA_ROOT);
        if (root != null) {
            for (Resource child : root.getChildren()) {
                try {
                    initiatives.add(InitiativeResourceMapper.read(child));
                } catch (RuntimeException e) {
                    LOG.warn("Skipping unreadable initiative {}", child.getPath(), e);
                }
            }
        }
        return initiatives;
    }

    @Override
    public List<Initiative> findPublished(ResourceResolver resolver) {
        return findAll(resolver).stream().filter(Initiative::published).toList();
    }

    @Override
    public Initiative stage(ResourceResolver resolver, Initiative initiative) throws PersistenceException {
        if (initiative.id() == null) {
            throw new IllegalArgumentException("an initiative needs an id before it is saved");
        }
        // JCR dates keep milliseconds: the returned initiative must equal what a later read gives.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Initiative stored = initiative.toBuilder().lastModified(now).build();
        Resource root = ResourceUtil.getOrCreateResource(resolver, DATA_ROOT, "sling:Folder", "sling:Folder", false);
        Resource existing = root.getChild(stored.id());
        Map<String, Object> props = InitiativeResourceMapper.properties(stored, now);
        Resource node;
        if (existing == null) {
            Map<String, Object> create = new HashMap<>(props);
            create.values().removeIf(v -> v == null);
            create.put("jcr:primaryType", "nt:unstructured");
            node = resolver.create(root, stored.id(), create);
        } else {
            node = existing;
            ModifiableValueMap values = node.adaptTo(ModifiableValueMap.class);
            if (values == null) {
                throw new PersistenceException("No write access to " + node.getPath());
            }
            props.forEach((key, value) -> {
                // Removed first: JCR will not turn a single value into a multi-value in place (data imported or
                // written by hand may hold a list as a single string).
                values.remove(key);
                if (value != null) {
                    values.put(key, value);
                }
            });
        }
        replaceChildren(resolver, node, InitiativeResourceMapper.PARTIES,
                stored.parties().stream().map(InitiativeResourceMapper::properties).toList());
        replaceChildren(resolver, node, InitiativeResourceMapper.LOCATIONS,
                stored.locations().stream().map(InitiativeResourceMapper::properties).toList());
        return stored;
    }

    @Override
    public boolean setPublished(ResourceResolver resolver, String id, boolean published)
            throws PersistenceException {
        Resource resource = resolver.getResource(DATA_ROOT + "/" + id);
        if (resource == null) {
            return false;
        }
        ModifiableValueMap values = resource.adaptTo(ModifiableValueMap.class);
        if (values == null) {
            throw new PersistenceException("No write access to " + resource.getPath());
        }
        values.put("published", published);
        values.put("jcr:lastModified", java.util.Calendar.getInstance());
        resolver.commit();
        return true;
    }

    @Override
    public boolean delete(ResourceResolver resolver, String id) throws PersistenceException {
        Resource resource = resolver.getResource(DATA_ROOT + "/" + id);
        if (resource == null) {
            return false;
        }
        resolver.delete(resource);
        resolver.commit();
        return true;
    }

    /** Parties and locations are small lists: replacing them whole keeps their order and numbering right. */
    private static void replaceChildren(ResourceResolver resolver, Resource node, String name,
            List<Map<String, Object>> items) throws PersistenceException {
        Resource old = node.getChild(name);
        if (old != null) {
            resolver.delete(old);
        }
        Resource parent = resolver.create(node, name, FOLDER);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> props = new HashMap<>(items.get(i));
            props.values().removeIf(v -> v == null);
            props.put("jcr:primaryType", "nt:unstructured");
            resolver.create(parent, Integer.toString(i), props);
        }
    }
}
