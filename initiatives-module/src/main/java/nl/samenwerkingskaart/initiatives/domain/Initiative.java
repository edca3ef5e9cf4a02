package nl.samenwerkingskaart.initiatives.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cooperation initiative between vocational schools and businesses, as in CONTENT-MODEL.md.
 * Immutable; build one with {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * <p>{@code regionCode} is the labour-market region (AM..); {@code provinceCode} the province (PV..). Both are
 * derived from the main location unless {@code regionOverridden} says a researcher chose them.
 */
public record Initiative(
        String id,
        String name,
        String goal,
        String description,
        List<Party> parties,
        Set<Level> levels,
        List<Location> locations,
        String regionCode,
        String provinceCode,
        boolean regionOverridden,
        List<String> sectors,
        List<String> themes,
        Status status,
        Integer startYear,
        Integer endYear,
        String website,
        List<String> funding,
        String contact,
        Provenance provenance,
        boolean published,
        boolean demo,
        Instant lastModified) {

    public Initiative {
        parties = List.copyOf(parties);
        levels = Set.copyOf(levels);
        locations = List.copyOf(locations);
        sectors = List.copyOf(sectors);
        themes = List.copyOf(themes);
        funding = List.copyOf(funding);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** The first location is the main one; it places the initiative on the map and in its region. */
    public Location mainLocation() {
        return locations.isEmpty() ? null : locations.get(0);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id).name(name).goal(goal).description(description)
                .parties(parties).levels(levels).locations(locations)
                .regionCode(regionCode).provinceCode(provinceCode).regionOverridden(regionOverridden)
                .sectors(sectors).themes(themes).status(status)
                .startYear(startYear).endYear(endYear).website(website).funding(funding).contact(contact)
                .provenance(provenance).published(published).demo(demo).lastModified(lastModified);
    }

    /** Builds an {@link Initiative}; collections default to empty, status to running. */
    public static final class Builder {
        private String id;
        private String name;
        private String goal;
        private String description;
        private List<Party> parties = new ArrayList<>();
        private Set<Level> levels = new LinkedHashSet<>();
        private List<Location> locations = new ArrayList<>();
        private String regionCode;
        private String provinceCode;
        private boolean regionOverridden;
        private List<String> sectors = new ArrayList<>();
        private List<String> themes = new ArrayList<>();
        private Status status = Status.RUNNING;
        private Integer startYear;
        private Integer endYear;
        private String website;
        private List<String> funding = new ArrayList<>();
        private String contact;
        private Provenance provenance = Provenance.NONE;
        private boolean published;
        private boolean demo;
        private Instant lastModified;

        private Builder() {}

        public Builder id(String v) { this.id = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder goal(String v) { this.goal = v; return this; }
        public Builder description(String v) { this.description = v; return this; }
        public Builder parties(List<Party> v) { this.parties = new ArrayList<>(v); return this; }
        public Builder levels(Set<Level> v) { this.levels = new LinkedHashSet<>(v); return this; }
        public Builder locations(List<Location> v) { this.locations = new ArrayList<>(v); return this; }
        public Builder regionCode(String v) { this.regionCode = v; return this; }
        public Builder provinceCode(String v) { this.provinceCode = v; return this; }
        public Builder regionOverridden(boolean v) { this.regionOverridden = v; return this; }
        public Builder sectors(List<String> v) { this.sectors = new ArrayList<>(v); return this; }
        public Builder themes(List<String> v) { this.themes = new ArrayList<>(v); return this; }
        public Builder status(Status v) { this.status = v; return this; }
        public Builder startYear(Integer v) { this.startYear = v; return this; }
        public Builder endYear(Integer v) { this.endYear = v; return this; }
        public Builder website(String v) { this.website = v; return this; }
        public Builder funding(List<String> v) { this.funding = new ArrayList<>(v); return this; }
        public Builder contact(String v) { this.contact = v; return this; }
        public Builder provenance(Provenance v) { this.provenance = v; return this; }
        public Builder published(boolean v) { this.published = v; return this; }
        public Builder demo(boolean v) { this.demo = v; return this; }
        public Builder lastModified(Instant v) { this.lastModified = v; return this; }

        public Initiative build() {
            return new Initiative(id, name, goal, description, parties, levels, locations, regionCode, provinceCode,
                    regionOverridden, sectors, themes, status, startYear, endYear, website, funding, contact,
                    provenance, published, demo, lastModified);
        }
    }
}
