package nl.samenwerkingskaart.initiatives.domain.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.Place;
import nl.samenwerkingskaart.initiatives.domain.geo.TownMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static RegionLookup regions;

    /** A gazetteer that knows Enschede, and two Hengelos. */
    private static final Gazetteer GAZETTEER = town -> {
        String t = town == null ? "" : town.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "enschede" -> TownMatch.found(town, new Place("Enschede", "Overijssel", 52.2215, 6.8937));
            case "hengelo" -> TownMatch.ambiguous(town, List.of(new Place("Hengelo", "Overijssel", 52.26, 6.79),
                    new Place("Hengelo", "Gelderland", 52.05, 6.31)));
            default -> TownMatch.unknown(town);
        };
    };

    @BeforeAll
    static void loadRegions() {
        regions = RegionCatalog.loadDefault();
    }

    static Initiative stored() {
        return Initiative.builder()
                .id("techniekpact-twente-k3f9q")
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.\nSamen met bedrijven.")
                .description("<p>Scholen &amp; bedrijven</p>")
                .parties(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Enschede"),
                        new Party("Bouw | Techniek B.V.", PartyKind.COMPANY, null)))
                .levels(java.util.Set.of(Level.MBO))
                .locations(List.of(new Location("Campus", "Enschede", 52.221537, 6.8931249, "Gieterij 200"),
                        new Location(null, "Almelo", 52.35, 6.66, null)))
                .regionCode("AM05").provinceCode("PV23")
                .sectors(List.of("techniek")).themes(List.of("praktijkleren"))
                .status(Status.RUNNING).startYear(2021)
                .website("https://www.techniekpact.nl/twente")
                .funding(List.of("regio-investeringsfonds"))
                .contact("=info@techniekpact.nl")
                .provenance(new Provenance("Jaarverslag 2024", LocalDate.of(2025, 3, 1), "researcher-7"))
                .published(true)
                .lastModified(Instant.parse("2025-03-01T10:00:00Z"))
                .build();
    }

    private static List<RowPlan> plan(byte[] file, List<Initiative> existing, Gazetteer gazetteer,
            boolean applyPublished) {
        CsvTable table = CsvTable.read(file, CsvTable.AUTO, CsvTable.AUTO);
        ColumnMapping mapping = ColumnMapping.suggest(table.headers());
        ImportPlanner planner = new ImportPlanner(existing, regions, gazetteer, applyPublished);
        List<RowPlan> plans = new ArrayList<>();
        for (ImportRecord record : table.records(mapping)) {
            plans.add(planner.plan(record, mapping));
        }
        return plans;
    }

    private static byte[] export(List<Initiative> initiatives) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(initiatives, true, out);
        return out.toByteArray();
    }

    @Test
    void theCompleteExportReadsBackUnchanged() throws IOException {
        Initiative twente = stored();
        List<RowPlan> plans = plan(export(List.of(twente)), List.of(twente), null, true);
        assertEquals(1, plans.size());
        assertEquals(RowPlan.Action.UNCHANGED, plans.get(0).action(), () -> plans.get(0).toString());
    }

    @Test
    void reimportingAnImportedFileChangesNothing() throws IOException {
        byte[] file = "Naam;Doel;Plaats;Breedtegraad;Lengtegraad;Partijen\r\nZorgpact Zwolle;Leren in de zorg.;Zwolle;52,5168;6,083;Deltion College | mbo | Zwolle\r\n"
                .getBytes(Charset.forName("windows-1252"));
        List<RowPlan> first = plan(file, List.of(), null, false);
        assertEquals(RowPlan.Action.CREATE, first.get(0).action(), () -> first.get(0).toString());
        Initiative created = first.get(0).initiative();
        assertFalse(created.published());
        assertEquals("AM36", created.regionCode());
        List<RowPlan> second = plan(file, List.of(created), null, false);
        assertEquals(RowPlan.Action.UNCHANGED, second.get(0).action(), () -> second.get(0).toString());
        assertEquals(created.id(), second.get(0).id());
    }

    @Test
    void theDryRunSaysPerRowWhatHappensAndWhy() throws IOException {
        Initiative twente = stored();
        String file = "id,name,goal,town,latitude,longitude,parties,startYear,status\n"
                + "techniekpact-twente-k3f9q,Techniekpact Twente,Nieuw doel.,Enschede,52.221537,6.8931249,\"ROC van Twente | mbo | Enschede\",2021,lopend\n"
                + ",Nieuw Pact,Doel.,Enschede,,,Saxion | hbo,,\n"
                + ",Te,,Atlantis,,,,drieduizend,\n"
                + "Fout ID!,Iets,Doel.,Enschede,52.2,6.9,X | bedrijf,,\n";
        List<RowPlan> plans = plan(file.getBytes(StandardCharsets.UTF_8), List.of(twente), GAZETTEER, false);
        assertEquals(List.of(RowPlan.Action.UPDATE, RowPlan.Action.CREATE, RowPlan.Action.REFUSED,
                RowPlan.Action.REFUSED), plans.stream().map(RowPlan::action).toList(), plans::toString);
        assertTrue(plans.get(0).changed().contains(CsvField.GOAL));
        assertTrue(plans.get(0).changed().contains(CsvField.PARTIES));
        assertFalse(plans.get(0).changed().contains(CsvField.ADDRESS), "unmapped fields keep their values");
        assertTrue(plans.get(0).initiative().published(), "an update keeps the published state");
        Initiative created = plans.get(1).initiative();
        assertEquals(52.2215, created.mainLocation().latitude(), "coordinates from the gazetteer");
        assertEquals("AM05", created.regionCode(), "region by point in polygon");
        assertFalse(created.published());
        List<String> reasons = plans.get(2).problems().stream().map(p -> ImportProblem.text(p, DUTCH)).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Naam:")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Doel:")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("„Atlantis“ staat niet in de plaatsnamenlijst")),
                reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Beginjaar:")), reasons::toString);
        assertEquals(3, plans.get(2).line() - 1);
        assertEquals("Id: een id bestaat uit kleine letters, cijfers en streepjes (hoogstens 61 tekens) en begint "
                + "met een letter of cijfer.", ImportProblem.text(plans.get(3).problems().get(0), DUTCH));
    }

    @Test
    void matchesByNameAndTownIgnoringCaseAndAccents() {
        Initiative twente = stored();
        String file = "Naam;Plaats;Website\nTECHNIEKPACT  twenté;enschede;https://example.nl\n";
        List<RowPlan> plans = plan(file.getBytes(StandardCharsets.UTF_8), List.of(twente), null, false);
        assertEquals(RowPlan.Action.UPDATE, plans.get(0).action(), plans::toString);
        assertEquals(twente.id(), plans.get(0).id());
        assertEquals(List.of(CsvField.NAME, CsvField.TOWN, CsvField.WEBSITE).stream()
                .filter(f -> plans.get(0).changed().contains(f)).count(), plans.get(0).changed().size());
    }

    @Test
    void ambiguousAndUnknownTownsAreRefusedNeverGuessed() {
        String file = "name,goal,town,parties\nA pact,Doel.,Hengelo,X | company\nB pact,Doel.,Enschede,X | company\n";
        List<RowPlan> plans = plan(file.getBytes(StandardCharsets.UTF_8), List.of(), GAZETTEER, false);
        assertEquals(RowPlan.Action.REFUSED, plans.get(0).action());
        String reason = ImportProblem.text(plans.get(0).problems().get(0), DUTCH);
        assertTrue(reason.contains("Hengelo (Overijssel), Hengelo (Gelderland)"), reason);
        assertEquals(RowPlan.Action.CREATE, plans.get(1).action());
        List<RowPlan> without = plan(file.getBytes(StandardCharsets.UTF_8), List.of(), null, false);
        assertTrue(without.stream().allMatch(p -> p.action() == RowPlan.Action.REFUSED));
        assertTrue(ImportProblem.text(without.get(1).problems().get(0), Locale.ENGLISH)
                .contains("the gazetteer is not available"));
    }

    @Test
    void aSecondRowAboutTheSameInitiativeIsRefused() {
        String file = "name,goal,town,latitude,longitude,parties\n"
                + "Pact,Doel.,Ede,52.04,5.66,X | company\nPACT,Ander doel.,Ede,52.04,5.66,X | company\n";
        List<RowPlan> plans = plan(file.getBytes(StandardCharsets.UTF_8), List.of(), null, false);
        assertEquals(RowPlan.Action.CREATE, plans.get(0).action(), plans::toString);
        assertEquals(RowPlan.Action.REFUSED, plans.get(1).action(), "a second row about a new initiative");
        Initiative twente = stored();
        String twice = "id,goal\ntechniekpact-twente-k3f9q,Een.\ntechniekpact-twente-k3f9q,Twee.\n";
        List<RowPlan> same = plan(twice.getBytes(StandardCharsets.UTF_8), List.of(twente), null, false);
        assertEquals(RowPlan.Action.UPDATE, same.get(0).action());
        assertEquals(RowPlan.Action.REFUSED, same.get(1).action());
        assertEquals("Rij: dit initiatief staat al in regel 2 van het bestand; deze regel wordt niet ingelezen.",
                ImportProblem.text(same.get(1).problems().get(0), DUTCH));
    }

    @Test
    void publishesOnlyWhenTheResearcherAsksAndTheFileSays() {
        String file = "name,goal,town,latitude,longitude,parties,published\nPact,Doel.,Ede,52.04,5.66,X | company,ja\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        assertFalse(plan(bytes, List.of(), null, false).get(0).initiative().published());
        assertTrue(plan(bytes, List.of(), null, true).get(0).initiative().published());
        byte[] bad = file.replace(",ja", ",misschien").getBytes(StandardCharsets.UTF_8);
        assertEquals(RowPlan.Action.REFUSED, plan(bad, List.of(), null, true).get(0).action());
    }

    @Test
    void aRowWithCellsBeyondTheHeadersIsRefused() {
        String file = "name,goal,town,latitude,longitude,parties\nPact,Doel.,Ede,52.04,5.66,X | company,verschoven\n";
        RowPlan plan = plan(file.getBytes(StandardCharsets.UTF_8), List.of(), null, false).get(0);
        assertEquals(RowPlan.Action.REFUSED, plan.action());
        assertTrue(ImportProblem.text(plan.problems().get(0), DUTCH).contains("1 gevulde cel(len) meer"));
    }

    @Test
    void theCompleteRowKeepsFormulaLikeTextExact() throws IOException {
        Initiative twente = stored();
        String csv = new String(export(List.of(twente)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFid,name,goal,"));
        assertTrue(csv.contains(",'=info@techniekpact.nl,"), csv);
        assertTrue(csv.contains("\"ROC van Twente | mbo | Enschede\nBouw \\| Techniek B.V. | company |\""), csv);
        Map<CsvField, String> row = InitiativeRow.publicRow(twente);
        assertFalse(row.containsKey(CsvField.VERIFIED_BY));
        assertFalse(row.containsKey(CsvField.SOURCE));
        assertFalse(row.containsKey(CsvField.ADDRESS));
        assertEquals("Scholen & bedrijven", row.get(CsvField.DESCRIPTION));
        assertEquals("52.22154", row.get(CsvField.LATITUDE));
        assertNotNull(row.get(CsvField.LAST_VERIFIED));
    }
}
