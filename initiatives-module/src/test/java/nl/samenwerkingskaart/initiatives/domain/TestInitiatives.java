package nl.samenwerkingskaart.initiatives.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Fixed initiatives shared by the golden-file tests. */
final class TestInitiatives {

    private TestInitiatives() {}

    /** Every field filled in, published, with provenance that must stay private. */
    static Initiative techniekpactTwente() {
        return Initiative.builder()
                .id("techniekpact-twente-k3f9q")
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.\nSamen met bedrijven uit de regio.")
                .description("<h2>Over het pact</h2><p>Scholen &amp; bedrijven werken <b>samen</b>.</p>"
                        + "<script>alert('x')</script><ul><li>Stages</li><li>Gastlessen</li></ul>")
                .parties(List.of(
                        new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Enschede"),
                        new Party("Het Stedelijk Lyceum", PartyKind.VMBO_SCHOOL, "Enschede"),
                        new Party("Bouwbedrijf  Jansen", PartyKind.COMPANY, "Hengelo"),
                        new Party("Techniek Nederland", PartyKind.SECTOR_BODY, null)))
                .levels(Set.of(Level.MBO, Level.VMBO))
                .locations(List.of(
                        new Location("Campus", "Enschede", 52.221537, 6.8931249, "Gieterij 200"),
                        new Location(null, "Almelo", 52.35, 6.66, null)))
                .regionCode("AM05")
                .provinceCode("PV23")
                .sectors(List.of("techniek", "bouw"))
                .themes(List.of("praktijkleren"))
                .status(Status.RUNNING)
                .startYear(2021)
                .website("https://www.techniekpact.nl/twente")
                .funding(List.of("regio-investeringsfonds"))
                .contact("info@techniekpact.nl")
                .provenance(new Provenance("Jaarverslag 2024 <intern>", LocalDate.of(2025, 3, 1), "researcher-7"))
                .published(true)
                .demo(true)
                .lastModified(Instant.parse("2025-03-01T10:00:00Z"))
                .build();
    }

    /** Only the required fields, published. */
    static Initiative zorgacademieZwolle() {
        return Initiative.builder()
                .id("zorgacademie-zwolle-a1b2c")
                .name("Zorgacademie <Zwolle>")
                .goal("Leren in de zorg.")
                .parties(List.of(new Party("Gemeente Zwolle", PartyKind.GOVERNMENT, null)))
                .locations(List.of(new Location(null, null, 52.5168, 6.083, null)))
                .regionCode("AM36")
                .provinceCode("PV23")
                .status(Status.PLANNED)
                .published(true)
                .build();
    }

    static Initiative unpublished() {
        return zorgacademieZwolle().toBuilder().id("concept-x1y2z").published(false).build();
    }

    static Initiative withoutLocation() {
        return zorgacademieZwolle().toBuilder().id("zonder-plek-q9w8e").locations(List.of()).build();
    }
}
