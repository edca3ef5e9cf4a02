package nl.samenwerkingskaart.initiatives.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An initiative as a researcher or visitor submitted it: every value still the raw string from the form, so that
 * {@link InitiativeValidator} can say precisely what is wrong with it. Null lists become empty lists; list entries
 * and strings may be null.
 */
public record InitiativeInput(
        String name,
        String goal,
        String description,
        String website,
        String contact,
        String status,
        String startYear,
        String endYear,
        String regionCode,
        List<String> levels,
        List<String> sectors,
        List<String> themes,
        List<String> funding,
        List<PartyInput> parties,
        List<LocationInput> locations) {

    public InitiativeInput {
        levels = copy(levels);
        sectors = copy(sectors);
        themes = copy(themes);
        funding = copy(funding);
        parties = copy(parties);
        locations = copy(locations);
    }

    /** Unmodifiable, but unlike List.copyOf it keeps null entries: a form can send an empty row. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static boolean isBlank(String s) {
        return InputText.trim(s).isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds input the way a form fills it, field by field; handy in tests and importers. */
    public static final class Builder {
        private String name;
        private String goal;
        private String description;
        private String website;
        private String contact;
        private String status;
        private String startYear;
        private String endYear;
        private String regionCode;
        private final List<String> levels = new ArrayList<>();
        private final List<String> sectors = new ArrayList<>();
        private final List<String> themes = new ArrayList<>();
        private final List<String> funding = new ArrayList<>();
        private final List<PartyInput> parties = new ArrayList<>();
        private final List<LocationInput> locations = new ArrayList<>();

        private Builder() {}

        public Builder name(String v) { this.name = v; return this; }
        public Builder goal(String v) { this.goal = v; return this; }
        public Builder description(String v) { this.description = v; return this; }
        public Builder website(String v) { this.website = v; return this; }
        public Builder contact(String v) { this.contact = v; return this; }
        public Builder status(String v) { this.status = v; return this; }
        public Builder startYear(String v) { this.startYear = v; return this; }
        public Builder endYear(String v) { this.endYear = v; return this; }
        public Builder regionCode(String v) { this.regionCode = v; return this; }
        public Builder levels(String... v) { this.levels.addAll(Arrays.asList(v)); return this; }
        public Builder sectors(String... v) { this.sectors.addAll(Arrays.asList(v)); return this; }
        public Builder themes(String... v) { this.themes.addAll(Arrays.asList(v)); return this; }
        public Builder funding(String... v) { this.funding.addAll(Arrays.asList(v)); return this; }

        public Builder party(String name, String kind, String town) {
            this.parties.add(new PartyInput(name, kind, town));
            return this;
        }

        public Builder location(String label, String town, String latitude, String longitude, String address) {
            this.locations.add(new LocationInput(label, town, latitude, longitude, address));
            return this;
        }

        /** Replaces the parties added so far. */
        public Builder parties(PartyInput... v) {
            this.parties.clear();
            this.parties.addAll(Arrays.asList(v));
            return this;
        }

        /** Replaces the locations added so far. */
        public Builder locations(LocationInput... v) {
            this.locations.clear();
            this.locations.addAll(Arrays.asList(v));
            return this;
        }

        public InitiativeInput build() {
            return new InitiativeInput(name, goal, description, website, contact, status, startYear, endYear,
                    regionCode, levels, sectors, themes, funding, parties, locations);
        }
    }
}
