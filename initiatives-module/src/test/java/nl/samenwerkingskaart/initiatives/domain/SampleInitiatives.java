package nl.samenwerkingskaart.initiatives.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plausible initiatives for size tests: Dutch-like names, real towns with their coordinates (scattered around the
 * centre), one to four parties of mixed kinds named as Dutch schools, companies and public bodies are named.
 */
final class SampleInitiatives {

    /** Town, latitude, longitude. */
    private static final Object[][] TOWNS = {
        {"Amsterdam", 52.3728, 4.8936}, {"Rotterdam", 51.9225, 4.4792}, {"Den Haag", 52.0705, 4.3007},
        {"Utrecht", 52.0907, 5.1214}, {"Eindhoven", 51.4416, 5.4697}, {"Groningen", 53.2194, 6.5665},
        {"Tilburg", 51.5555, 5.0913}, {"Almere", 52.3508, 5.2647}, {"Breda", 51.5719, 4.7683},
        {"Nijmegen", 51.8126, 5.8372}, {"Apeldoorn", 52.2112, 5.9699}, {"Arnhem", 51.9851, 5.8987},
        {"Haarlem", 52.3874, 4.6462}, {"Enschede", 52.2215, 6.8937}, {"Amersfoort", 52.1561, 5.3878},
        {"Zaanstad", 52.4559, 4.8209}, {"'s-Hertogenbosch", 51.6978, 5.3037}, {"Zwolle", 52.5168, 6.0830},
        {"Leiden", 52.1601, 4.4970}, {"Zoetermeer", 52.0575, 4.4931}, {"Leeuwarden", 53.2012, 5.7999},
        {"Maastricht", 50.8514, 5.6910}, {"Dordrecht", 51.8133, 4.6901}, {"Ede", 52.0402, 5.6649},
        {"Alphen aan den Rijn", 52.1293, 4.6552}, {"Alkmaar", 52.6324, 4.7534}, {"Emmen", 52.7858, 6.8976},
        {"Delft", 52.0116, 4.3571}, {"Venlo", 51.3704, 6.1724}, {"Deventer", 52.2551, 6.1639},
        {"Helmond", 51.4793, 5.6570}, {"Oss", 51.7650, 5.5180}, {"Hilversum", 52.2292, 5.1669},
        {"Heerlen", 50.8882, 5.9795}, {"Hengelo", 52.2658, 6.7931}, {"Purmerend", 52.5050, 4.9597},
        {"Roosendaal", 51.5308, 4.4653}, {"Schiedam", 51.9192, 4.3989}, {"Lelystad", 52.5185, 5.4714},
        {"Almelo", 52.3567, 6.6625}, {"Gouda", 52.0115, 4.7105}, {"Vlaardingen", 51.9125, 4.3419},
        {"Assen", 52.9925, 6.5649}, {"Middelburg", 51.4988, 3.6109}, {"Vlissingen", 51.4425, 3.5736},
        {"Goes", 51.5045, 3.8885}, {"Terneuzen", 51.3358, 3.8278}, {"Roermond", 51.1942, 5.9870},
        {"Weert", 51.2517, 5.7069}, {"Doetinchem", 51.9650, 6.2886}, {"Winterswijk", 51.9724, 6.7196},
        {"Harderwijk", 52.3506, 5.6205}, {"Veenendaal", 52.0286, 5.5589}, {"Gorinchem", 51.8306, 4.9742},
        {"Tiel", 51.8861, 5.4294}, {"Den Helder", 52.9563, 4.7601}, {"Hoorn", 52.6425, 5.0597},
        {"Heerenveen", 52.9597, 5.9194}, {"Sneek", 53.0326, 5.6589}, {"Drachten", 53.1068, 6.0985},
        {"Hoogeveen", 52.7233, 6.4764}, {"Meppel", 52.6956, 6.1940}, {"Kampen", 52.5550, 5.9114},
        {"Bergen op Zoom", 51.4949, 4.2911}, {"Waalwijk", 51.6826, 5.0706}, {"Uden", 51.6607, 5.6185},
        {"Veghel", 51.6167, 5.5486}, {"Sittard", 50.9983, 5.8686}, {"Wageningen", 51.9692, 5.6654},
        {"Zutphen", 52.1385, 6.2014}, {"Nieuwegein", 52.0294, 5.0808}, {"Capelle aan den IJssel", 51.9292, 4.5778},
    };
    private static final String[] MBO = {"ROC van Twente", "Graafschap College", "Alfa-college", "Noorderpoort",
        "Deltion College", "Landstede MBO", "ROC Midden Nederland", "MBO Utrecht", "ROC Mondriaan", "Albeda",
        "Zadkine", "Da Vinci College", "Curio", "Summa College", "ROC Tilburg", "Gilde Opleidingen", "Vista college",
        "ROC Nijmegen", "Aventus", "Rijn IJssel", "ROC van Amsterdam", "ROC TOP", "Nova College", "Horizon College",
        "Scalda", "Friesland College", "Firda", "Drenthe College", "ROC Friese Poort", "Koning Willem I College",
        "Yuverta", "Aeres MBO", "Ter AA", "Wellant College", "ROC Rivor", "Lentiz", "MBO Amersfoort", "Astrum College"};
    private static final String[] HBO = {"Saxion", "Windesheim", "Hanzehogeschool Groningen", "Hogeschool Utrecht",
        "Hogeschool van Amsterdam", "Hogeschool Rotterdam", "De Haagse Hogeschool", "Fontys Hogescholen",
        "Avans Hogeschool", "Hogeschool van Arnhem en Nijmegen", "HZ University of Applied Sciences", "NHL Stenden",
        "Zuyd Hogeschool", "Inholland", "Hogeschool Leiden", "Breda University of Applied Sciences", "Aeres Hogeschool"};
    private static final String[] VMBO_PREFIX = {"Het Stedelijk", "Christelijk College", "Vakcollege",
        "Scholengemeenschap", "Praktijkschool", "Het Lyceum", "Montessori College", "Technasium", "Het Baken",
        "De Nieuwe School", "Sint-Jozefcollege", "Het Assink", "Het Hooghuis", "Dr. Nassau College"};
    private static final String[] SURNAMES = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "van Dijk", "Wolters",
        "Hoekstra", "Koster", "Prins", "Huisman", "Postma", "Kuipers", "Veenstra", "Timmermans", "Willems"};
    private static final String[] COMPANY_KIND = {"Bouw", "Installatietechniek", "Metaalbewerking", "Techniek",
        "Logistiek", "Elektrotechniek", "Engineering", "Transport", "Machinebouw", "Infra", "Groep", "Zorg",
        "Software", "Voeding", "Automotive", "Energie"};
    private static final String[] COMPANY_FORM = {"%s %s B.V.", "%s %s", "Bouwbedrijf %s", "%s & Zonen",
        "Zorggroep %s", "Installatiebedrijf %s", "%s %s Nederland"};
    private static final String[] SECTOR_BODIES = {"Techniek Nederland", "Bouwend Nederland", "Koninklijke Metaalunie",
        "SBB", "VNO-NCW Midden", "MKB-Nederland", "ActiZ", "Evofenedex", "Kenteq", "OTIB", "Nederland ICT",
        "Werkgeversservicepunt", "Economic Board", "Kamer van Koophandel", "FME"};
    private static final String[] NAME_START = {"Techniek", "Zorg", "Talent", "Leer", "Werk", "Bouw", "Energie",
        "Smart", "Loopbaan", "Maak", "Future", "Skills", "Vakmanschap", "Innovatie", "Duurzaam", "Digitaal", "ICT",
        "Logistiek", "Agri", "Food", "Maritiem", "Procestechniek", "Mobiliteit", "Installatie"};
    private static final String[] NAME_END = {"pact", "campus", "lab", "academie", "hub", "netwerk", "route",
        "huis", "werkplaats", "fabriek", "centrum", "coalitie", "programma", "leerlijn", "platform", "college"};
    private static final String[] SECTORS = {"techniek", "zorg", "ict", "bouw", "logistiek", "agrifood", "economie",
        "creatief", "energie", "onderwijs"};
    private static final String[] THEMES = {"doorlopende-leerlijn", "praktijkleren", "loopbaanorientatie",
        "arbeidsmarkt", "innovatie", "hybride-leren", "leven-lang-ontwikkelen"};

    /** Syllables for made-up company and brand names, so that most companies occur only once. */
    private static final String[] SYLLABLES = {"ber", "van", "kel", "dro", "mes", "ten", "hui", "zen", "lo", "mar",
        "ko", "ver", "stra", "ling", "bo", "gel", "ter", "wijk", "ha", "ven", "tec", "no", "ra", "del", "sto", "kam",
        "pe", "ri", "vo", "lux", "grou", "ma", "dijk", "sen", "fa", "bri", "plo", "nik", "ta", "rem"};

    private final Random random;
    private final boolean madeUpCompanies;

    private SampleInitiatives(Random random, boolean madeUpCompanies) {
        this.random = random;
        this.madeUpCompanies = madeUpCompanies;
    }

    /** Companies named from short word lists (a few thousand distinct names in all). */
    static List<Initiative> generate(int count, long seed, RegionLookup regions) {
        return new SampleInitiatives(new Random(seed), false).generate(count, regions);
    }

    /** Harder to compress: most companies get a made-up name of their own, as in a real national data set. */
    static List<Initiative> generateWithDistinctCompanies(int count, long seed, RegionLookup regions) {
        return new SampleInitiatives(new Random(seed), true).generate(count, regions);
    }

    private List<Initiative> generate(int count, RegionLookup regions) {
        List<Initiative> initiatives = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            initiatives.add(initiative(random, regions));
        }
        return initiatives;
    }

    private Initiative initiative(Random random, RegionLookup regions) {
        Object[] town = pick(random, TOWNS);
        String townName = (String) town[0];
        double lat = (double) town[1] + random.nextGaussian() * 0.015;
        double lon = (double) town[2] + random.nextGaussian() * 0.02;
        String name = name(random, townName);
        List<Party> parties = parties(random, townName);
        Set<Level> levels = EnumSet.noneOf(Level.class);
        parties.forEach(p -> p.kind().level().ifPresent(levels::add));
        return Initiative.builder()
                .id(InitiativeIds.newId(name, random))
                .name(name)
                .goal("Samenwerking tussen onderwijs en bedrijfsleven.")
                .parties(parties)
                .levels(levels)
                .locations(List.of(new Location(null, townName, lat, lon, null)))
                .regionCode(regions.labourMarketRegionAt(lat, lon).map(Region::code).orElse(null))
                .provinceCode(regions.provinceAt(lat, lon).map(Region::code).orElse(null))
                .sectors(some(random, SECTORS, 3))
                .themes(some(random, THEMES, 3))
                .status(random.nextInt(10) < 7 ? Status.RUNNING : random.nextBoolean() ? Status.ENDED : Status.PLANNED)
                .published(true)
                .build();
    }

    private static String name(Random random, String town) {
        String base = pick(random, NAME_START) + pick(random, NAME_END);
        return switch (random.nextInt(4)) {
            case 0 -> base + " " + town;
            case 1 -> base + " " + pick(random, NAME_START) + " " + town;
            case 2 -> base + " " + (2015 + random.nextInt(11));
            default -> base;
        };
    }

    private List<Party> parties(Random random, String town) {
        int count = 1 + random.nextInt(4);
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String partyTown = random.nextInt(4) == 0 ? (String) pick(random, TOWNS)[0] : town;
            parties.add(party(random, partyTown, random.nextInt(10) == 0 ? null : partyTown));
        }
        return parties;
    }

    private Party party(Random random, String town, String partyTown) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> new Party(pick(random, MBO), PartyKind.MBO_INSTITUTION, partyTown);
            case 2 -> new Party(pick(random, VMBO_PREFIX) + " " + town, PartyKind.VMBO_SCHOOL, partyTown);
            case 3 -> new Party(pick(random, HBO), PartyKind.HBO_INSTITUTION, partyTown);
            case 4, 5 -> new Party(String.format(pick(random, COMPANY_FORM), companyName(random),
                    pick(random, COMPANY_KIND)), PartyKind.COMPANY, partyTown);
            case 6 -> new Party("Gemeente " + town, PartyKind.GOVERNMENT, partyTown);
            default -> new Party(pick(random, SECTOR_BODIES), PartyKind.SECTOR_BODY, partyTown);
        };
    }

    private String companyName(Random random) {
        if (!madeUpCompanies || random.nextInt(4) == 0) {
            return pick(random, SURNAMES);
        }
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(pick(random, SYLLABLES));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    private static List<String> some(Random random, String[] codes, int max) {
        Set<String> picked = new LinkedHashSet<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            picked.add(pick(random, codes));
        }
        return List.copyOf(picked);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
