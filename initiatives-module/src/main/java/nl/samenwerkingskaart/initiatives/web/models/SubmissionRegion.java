package nl.samenwerkingskaart.initiatives.web.models;

import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;

/**
 * The labour-market region a submission is about, for the queue's filter: the region the submitter chose, else the
 * one at the first proposed location, else the region of the initiative it is about. Null when none is known.
 */
final class SubmissionRegion {

    private SubmissionRegion() {}

    static String of(InitiativeInput proposed, Initiative target, RegionLookup regions) {
        if (proposed.regionCode() != null && regions.byCode(proposed.regionCode().strip()).isPresent()) {
            return proposed.regionCode().strip();
        }
        for (LocationInput location : proposed.locations()) {
            Double latitude = number(location.latitude());
            Double longitude = number(location.longitude());
            if (latitude != null && longitude != null) {
                String code = regions.labourMarketRegionAt(latitude, longitude).map(Region::code).orElse(null);
                if (code != null) {
                    return code;
                }
            }
        }
        return target == null ? null : target.regionCode();
    }

    private static Double number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
