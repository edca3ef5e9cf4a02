package nl.samenwerkingskaart.initiatives.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The published initiatives as the public sees them, by id and as a list (for pickers and links). */
@ProviderType
public interface InitiativeDirectory {

    /** Every published initiative, ordered by name. */
    List<InitiativeSummary> published();

    /** A published initiative; empty when there is none with that id or it is not published. */
    Optional<InitiativeSummary> published(String id);
}
