package nl.samenwerkingskaart.initiatives.repository;

import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;

/**
 * Reads and writes initiatives under {@link #DATA_ROOT}. Every call works with the caller's resource resolver, so
 * the repository's access control decides what a user may read or change; the public data endpoint passes a
 * service resolver that can only read.
 */
public interface InitiativeRepository {

    /** The one data root of all initiatives. Anonymous visitors have no read access to it. */
    String DATA_ROOT = "/var/samenwerkingskaart/initiatives";

    /** The resource type of an initiative node. */
    String RESOURCE_TYPE = "samenwerking/initiative";

    Optional<Initiative> find(ResourceResolver resolver, String id);

    /** All initiatives the resolver can read, published or not, in no particular order. */
    List<Initiative> findAll(ResourceResolver resolver);

    /** All published initiatives the resolver can read. */
    List<Initiative> findPublished(ResourceResolver resolver);

    /**
     * Creates the initiative when its id is new, replaces it otherwise, and commits. A null id is not allowed:
     * ids come from {@code InitiativeIds}.
     */
    default Initiative save(ResourceResolver resolver, Initiative initiative) throws PersistenceException {
        Initiative stored = stage(resolver, initiative);
        resolver.commit();
        return stored;
    }

    /**
     * What {@link #save} writes, without committing: for a caller that commits the initiative together with other
     * changes (a moderation decision and its history), so that all of it happens or none.
     *
     * @return the initiative as it will read back after the commit
     */
    Initiative stage(ResourceResolver resolver, Initiative initiative) throws PersistenceException;

    /** Sets the published flag and commits; false when there is no such initiative. */
    boolean setPublished(ResourceResolver resolver, String id, boolean published) throws PersistenceException;

    /** Deletes and commits; false when there is no such initiative. */
    boolean delete(ResourceResolver resolver, String id) throws PersistenceException;
}
