import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes N synthetic, published initiatives for benchmarks, deterministic for a given seed.
 *
 * <p>Output: one JSON object keyed by initiative id, each value an initiative node in the JCR layout of
 * docs/contracts.md (nt:unstructured, with "parties" and "locations" child nodes "0", "1", ...), ready for the
 * Sling POST servlet's import operation on /var/samenwerkingskaart/initiatives (see README.md next to this file).
 *
 * <p>Locations are real Dutch towns from the embedded list, moved by a random offset of at most the town's
 * "safe" radius: the distance to the nearest labour-market-region or province boundary of
 * /work/shared/data/regions/*_2025.geojson (times 0.7, capped at 500 m). So the region and province codes stored
 * with each town are exactly what point-in-polygon on the shipped GeoJSON gives for every generated point.
 *
 * <p>Usage: {@code java bench/generator/GenerateInitiatives.java <count> <seed> <out.json>}
 * (JDK 17 source launcher, no dependencies).
 */
public class GenerateInitiatives {

    record Town(String name, double lat, double lon, String region, String province, int safeMetres) {
    }

    /** Town, WGS84 centre, labour-market region, province, safe jitter radius in metres. */
    static final Town[] TOWNS = {
        new Town("Groningen", 53.2194, 6.5665, "AM01", "PV20", 500),
        new Town("Delfzijl", 53.3300, 6.9189, "AM01", "PV20", 500),
        new Town("Veendam", 53.1064, 6.8789, "AM01", "PV20", 500),
        new Town("Winschoten", 53.1442, 7.0344, "AM01", "PV20", 500),
        new Town("Stadskanaal", 52.9894, 6.9500, "AM01", "PV20", 338),
        new Town("Hoogezand", 53.1617, 6.7617, "AM01", "PV20", 500),
        new Town("Appingedam", 53.3217, 6.8581, "AM01", "PV20", 500),
        new Town("Leek", 53.1625, 6.3761, "AM01", "PV20", 500),
        new Town("Zuidhorn", 53.2467, 6.4047, "AM01", "PV20", 500),
        new Town("Leeuwarden", 53.2012, 5.7999, "AM02", "PV21", 500),
        new Town("Drachten", 53.1050, 6.0989, "AM02", "PV21", 500),
        new Town("Sneek", 53.0325, 5.6600, "AM02", "PV21", 500),
        new Town("Heerenveen", 52.9597, 5.9194, "AM02", "PV21", 500),
        new Town("Harlingen", 53.1747, 5.4222, "AM02", "PV21", 191),
        new Town("Dokkum", 53.3264, 5.9986, "AM02", "PV21", 500),
        new Town("Franeker", 53.1872, 5.5417, "AM02", "PV21", 500),
        new Town("Wolvega", 52.8758, 5.9958, "AM02", "PV21", 500),
        new Town("Joure", 52.9667, 5.8000, "AM02", "PV21", 500),
        new Town("Lemmer", 52.8444, 5.7111, "AM02", "PV21", 410),
        new Town("Bolsward", 53.0650, 5.5319, "AM02", "PV21", 500),
        new Town("Assen", 52.9925, 6.5649, "AM01", "PV22", 500),
        new Town("Emmen", 52.7858, 6.8975, "AM03", "PV22", 500),
        new Town("Hoogeveen", 52.7225, 6.4764, "AM03", "PV22", 500),
        new Town("Meppel", 52.6958, 6.1944, "AM36", "PV22", 500),
        new Town("Coevorden", 52.6611, 6.7403, "AM03", "PV22", 500),
        new Town("Borger", 52.9242, 6.7931, "AM03", "PV22", 500),
        new Town("Beilen", 52.8617, 6.5139, "AM03", "PV22", 500),
        new Town("Enschede", 52.2215, 6.8937, "AM05", "PV23", 500),
        new Town("Hengelo", 52.2658, 6.7931, "AM05", "PV23", 500),
        new Town("Almelo", 52.3567, 6.6625, "AM05", "PV23", 500),
        new Town("Oldenzaal", 52.3131, 6.9292, "AM05", "PV23", 500),
        new Town("Rijssen", 52.3075, 6.5167, "AM05", "PV23", 500),
        new Town("Borne", 52.3000, 6.7500, "AM05", "PV23", 500),
        new Town("Nijverdal", 52.3617, 6.4639, "AM05", "PV23", 500),
        new Town("Haaksbergen", 52.1567, 6.7389, "AM05", "PV23", 500),
        new Town("Goor", 52.2333, 6.5833, "AM05", "PV23", 500),
        new Town("Hardenberg", 52.5758, 6.6194, "AM36", "PV23", 500),
        new Town("Zwolle", 52.5168, 6.0830, "AM36", "PV23", 500),
        new Town("Kampen", 52.5550, 5.9111, "AM36", "PV23", 500),
        new Town("Steenwijk", 52.7875, 6.1194, "AM36", "PV23", 500),
        new Town("Raalte", 52.3867, 6.2750, "AM36", "PV23", 500),
        new Town("Dalfsen", 52.5050, 6.2583, "AM36", "PV23", 500),
        new Town("Hattem", 52.4750, 6.0667, "AM36", "PV25", 500),
        new Town("Elburg", 52.4475, 5.8347, "AM36", "PV25", 500),
        new Town("Nunspeet", 52.3775, 5.7861, "AM36", "PV25", 500),
        new Town("Harderwijk", 52.3417, 5.6206, "AM06", "PV25", 500),
        new Town("Ermelo", 52.2986, 5.6222, "AM06", "PV25", 500),
        new Town("Deventer", 52.2550, 6.1639, "AM06", "PV23", 500),
        new Town("Apeldoorn", 52.2112, 5.9699, "AM06", "PV25", 500),
        new Town("Zutphen", 52.1383, 6.2014, "AM06", "PV25", 500),
        new Town("Epe", 52.3475, 5.9833, "AM06", "PV25", 500),
        new Town("Lochem", 52.1592, 6.4139, "AM06", "PV25", 500),
        new Town("Arnhem", 51.9851, 5.8987, "AM07", "PV25", 500),
        new Town("Velp", 51.9950, 5.9861, "AM07", "PV25", 500),
        new Town("Oosterbeek", 51.9858, 5.8458, "AM38", "PV25", 500),
        new Town("Renkum", 51.9767, 5.7333, "AM38", "PV25", 500),
        new Town("Duiven", 51.9467, 6.0139, "AM07", "PV25", 500),
        new Town("Zevenaar", 51.9275, 6.0708, "AM07", "PV25", 500),
        new Town("Doesburg", 52.0125, 6.1389, "AM07", "PV25", 500),
        new Town("Ede", 52.0402, 5.6649, "AM38", "PV25", 500),
        new Town("Wageningen", 51.9692, 5.6654, "AM38", "PV25", 500),
        new Town("Veenendaal", 52.0286, 5.5589, "AM38", "PV26", 500),
        new Town("Barneveld", 52.1400, 5.5847, "AM38", "PV25", 500),
        new Town("Rhenen", 51.9592, 5.5681, "AM38", "PV26", 409),
        new Town("Nijmegen", 51.8426, 5.8528, "AM08", "PV25", 500),
        new Town("Wijchen", 51.8092, 5.7250, "AM08", "PV25", 500),
        new Town("Druten", 51.8883, 5.6056, "AM08", "PV25", 500),
        new Town("Doetinchem", 51.9650, 6.2886, "AM09", "PV25", 500),
        new Town("Winterswijk", 51.9725, 6.7194, "AM09", "PV25", 500),
        new Town("Aalten", 51.9250, 6.5806, "AM09", "PV25", 500),
        new Town("Tiel", 51.8861, 5.4292, "AM10", "PV25", 500),
        new Town("Culemborg", 51.9550, 5.2272, "AM10", "PV25", 500),
        new Town("Zaltbommel", 51.8100, 5.2486, "AM10", "PV25", 500),
        new Town("Almere", 52.3508, 5.2647, "AM11", "PV24", 500),
        new Town("Lelystad", 52.5185, 5.4714, "AM11", "PV24", 500),
        new Town("Dronten", 52.5250, 5.7181, "AM11", "PV24", 500),
        new Town("Emmeloord", 52.7108, 5.7481, "AM11", "PV24", 500),
        new Town("Zeewolde", 52.3300, 5.5417, "AM06", "PV24", 500),
        new Town("Urk", 52.6617, 5.6017, "AM11", "PV24", 190),
        new Town("Hilversum", 52.2292, 5.1669, "AM12", "PV27", 500),
        new Town("Huizen", 52.2992, 5.2417, "AM12", "PV27", 500),
        new Town("Bussum", 52.2733, 5.1611, "AM12", "PV27", 500),
        new Town("Weesp", 52.3075, 5.0417, "AM18", "PV27", 500),
        new Town("Utrecht", 52.0907, 5.1214, "AM13", "PV26", 500),
        new Town("Nieuwegein", 52.0292, 5.0806, "AM13", "PV26", 500),
        new Town("Zeist", 52.0894, 5.2333, "AM13", "PV26", 500),
        new Town("Houten", 52.0283, 5.1681, "AM13", "PV26", 500),
        new Town("Woerden", 52.0850, 4.8833, "AM13", "PV26", 500),
        new Town("IJsselstein", 52.0200, 5.0431, "AM13", "PV26", 500),
        new Town("Maarssen", 52.1350, 5.0417, "AM13", "PV26", 500),
        new Town("Vianen", 51.9925, 5.0917, "AM35", "PV26", 500),
        new Town("Amersfoort", 52.1561, 5.3878, "AM14", "PV26", 500),
        new Town("Soest", 52.1733, 5.2917, "AM14", "PV26", 500),
        new Town("Nijkerk", 52.2200, 5.4861, "AM14", "PV25", 500),
        new Town("Leusden", 52.1325, 5.4292, "AM14", "PV26", 500),
        new Town("Baarn", 52.2117, 5.2875, "AM14", "PV26", 500),
        new Town("Bunschoten", 52.2417, 5.3750, "AM14", "PV26", 500),
        new Town("Alkmaar", 52.6324, 4.7534, "AM15", "PV27", 500),
        new Town("Den Helder", 52.9563, 4.7600, "AM15", "PV27", 500),
        new Town("Hoorn", 52.6425, 5.0597, "AM15", "PV27", 333),
        new Town("Enkhuizen", 52.7033, 5.2917, "AM15", "PV27", 289),
        new Town("Heerhugowaard", 52.6650, 4.8300, "AM15", "PV27", 500),
        new Town("Schagen", 52.7875, 4.7986, "AM15", "PV27", 500),
        new Town("Purmerend", 52.5050, 4.9597, "AM17", "PV27", 500),
        new Town("Zaandam", 52.4420, 4.8292, "AM17", "PV27", 500),
        new Town("Wormerveer", 52.4917, 4.7875, "AM17", "PV27", 500),
        new Town("Volendam", 52.5000, 5.0714, "AM17", "PV27", 300),
        new Town("Amsterdam", 52.3676, 4.9041, "AM18", "PV27", 500),
        new Town("Amstelveen", 52.3114, 4.8725, "AM18", "PV27", 500),
        new Town("Diemen", 52.3392, 4.9625, "AM18", "PV27", 500),
        new Town("Hoofddorp", 52.3030, 4.6889, "AM18", "PV27", 500),
        new Town("Nieuw-Vennep", 52.2642, 4.6339, "AM18", "PV27", 500),
        new Town("Uithoorn", 52.2375, 4.8264, "AM18", "PV27", 420),
        new Town("Haarlem", 52.3874, 4.6462, "AM37", "PV27", 500),
        new Town("Heemstede", 52.3583, 4.6181, "AM37", "PV27", 500),
        new Town("IJmuiden", 52.4583, 4.6194, "AM37", "PV27", 500),
        new Town("Beverwijk", 52.4833, 4.6569, "AM37", "PV27", 500),
        new Town("Heemskerk", 52.5108, 4.6711, "AM37", "PV27", 500),
        new Town("Leiden", 52.1601, 4.4970, "AM19", "PV28", 500),
        new Town("Alphen aan den Rijn", 52.1292, 4.6569, "AM19", "PV28", 500),
        new Town("Katwijk", 52.2000, 4.4167, "AM19", "PV28", 500),
        new Town("Noordwijk", 52.2400, 4.4458, "AM19", "PV28", 500),
        new Town("Lisse", 52.2579, 4.5572, "AM19", "PV28", 395),
        new Town("Oegstgeest", 52.1800, 4.4694, "AM19", "PV28", 500),
        new Town("Voorschoten", 52.1275, 4.4486, "AM34", "PV28", 500),
        new Town("Wassenaar", 52.1450, 4.4028, "AM34", "PV28", 500),
        new Town("Gouda", 52.0116, 4.7105, "AM20", "PV28", 500),
        new Town("Waddinxveen", 52.0450, 4.6528, "AM20", "PV28", 500),
        new Town("Bodegraven", 52.0817, 4.7500, "AM20", "PV28", 500),
        new Town("Schoonhoven", 51.9475, 4.8486, "AM20", "PV28", 500),
        new Town("Den Haag", 52.0705, 4.3007, "AM21", "PV28", 500),
        new Town("Delft", 52.0116, 4.3571, "AM21", "PV28", 500),
        new Town("Zoetermeer", 52.0575, 4.4931, "AM34", "PV28", 500),
        new Town("Naaldwijk", 51.9936, 4.2083, "AM21", "PV28", 500),
        new Town("Rijswijk", 52.0361, 4.3250, "AM21", "PV28", 500),
        new Town("Pijnacker", 52.0192, 4.4292, "AM34", "PV28", 500),
        new Town("Rotterdam", 51.9244, 4.4777, "AM22", "PV28", 500),
        new Town("Schiedam", 51.9192, 4.3989, "AM22", "PV28", 500),
        new Town("Vlaardingen", 51.9122, 4.3417, "AM22", "PV28", 500),
        new Town("Maassluis", 51.9233, 4.2500, "AM22", "PV28", 500),
        new Town("Spijkenisse", 51.8450, 4.3292, "AM22", "PV28", 500),
        new Town("Hellevoetsluis", 51.8333, 4.1333, "AM22", "PV28", 500),
        new Town("Middelharnis", 51.7583, 4.1667, "AM22", "PV28", 500),
        new Town("Oud-Beijerland", 51.8217, 4.4111, "AM22", "PV28", 500),
        new Town("Capelle aan den IJssel", 51.9292, 4.5778, "AM22", "PV28", 500),
        new Town("Krimpen aan den IJssel", 51.9167, 4.5917, "AM22", "PV28", 500),
        new Town("Barendrecht", 51.8567, 4.5347, "AM22", "PV28", 500),
        new Town("Ridderkerk", 51.8725, 4.6028, "AM22", "PV28", 500),
        new Town("Dordrecht", 51.8133, 4.6901, "AM23", "PV28", 500),
        new Town("Zwijndrecht", 51.8150, 4.6333, "AM23", "PV28", 500),
        new Town("Papendrecht", 51.8317, 4.6875, "AM23", "PV28", 500),
        new Town("Sliedrecht", 51.8217, 4.7736, "AM23", "PV28", 500),
        new Town("Hardinxveld-Giessendam", 51.8283, 4.8361, "AM23", "PV28", 500),
        new Town("Gorinchem", 51.8306, 4.9742, "AM35", "PV28", 500),
        new Town("Leerdam", 51.8933, 5.0917, "AM35", "PV26", 410),
        new Town("Vlissingen", 51.4425, 3.5736, "AM24", "PV29", 169),
        new Town("Middelburg", 51.4988, 3.6136, "AM24", "PV29", 500),
        new Town("Goes", 51.5042, 3.8889, "AM24", "PV29", 500),
        new Town("Terneuzen", 51.3358, 3.8278, "AM24", "PV29", 116),
        new Town("Zierikzee", 51.6500, 3.9167, "AM24", "PV29", 500),
        new Town("Hulst", 51.2800, 4.0528, "AM24", "PV29", 500),
        new Town("Breda", 51.5719, 4.7683, "AM25", "PV30", 500),
        new Town("Bergen op Zoom", 51.4950, 4.2917, "AM25", "PV30", 500),
        new Town("Roosendaal", 51.5308, 4.4653, "AM25", "PV30", 500),
        new Town("Etten-Leur", 51.5706, 4.6356, "AM25", "PV30", 500),
        new Town("Oosterhout", 51.6450, 4.8597, "AM25", "PV30", 500),
        new Town("Tilburg", 51.5555, 5.0913, "AM26", "PV30", 500),
        new Town("Waalwijk", 51.6825, 5.0703, "AM26", "PV30", 500),
        new Town("Dongen", 51.6267, 4.9389, "AM26", "PV30", 500),
        new Town("Oisterwijk", 51.5792, 5.1889, "AM26", "PV30", 500),
        new Town("Goirle", 51.5208, 5.0667, "AM26", "PV30", 500),
        new Town("'s-Hertogenbosch", 51.6978, 5.3037, "AM27", "PV30", 500),
        new Town("Rosmalen", 51.7167, 5.3667, "AM27", "PV30", 500),
        new Town("Vught", 51.6533, 5.2875, "AM27", "PV30", 500),
        new Town("Drunen", 51.6858, 5.1333, "AM26", "PV30", 500),
        new Town("Oss", 51.7650, 5.5181, "AM27", "PV30", 500),
        new Town("Heesch", 51.7317, 5.5292, "AM27", "PV30", 500),
        new Town("Uden", 51.6608, 5.6194, "AM27", "PV30", 500),
        new Town("Veghel", 51.6167, 5.5486, "AM27", "PV30", 500),
        new Town("Schijndel", 51.6225, 5.4319, "AM27", "PV30", 500),
        new Town("Boxtel", 51.5908, 5.3292, "AM27", "PV30", 500),
        new Town("Cuijk", 51.7300, 5.8792, "AM27", "PV30", 255),
        new Town("Boxmeer", 51.6467, 5.9472, "AM27", "PV30", 500),
        new Town("Eindhoven", 51.4416, 5.4697, "AM28", "PV30", 500),
        new Town("Veldhoven", 51.4200, 5.4028, "AM28", "PV30", 500),
        new Town("Best", 51.5075, 5.3903, "AM28", "PV30", 500),
        new Town("Valkenswaard", 51.3508, 5.4597, "AM28", "PV30", 500),
        new Town("Geldrop", 51.4217, 5.5597, "AM32", "PV30", 500),
        new Town("Helmond", 51.4817, 5.6611, "AM32", "PV30", 500),
        new Town("Deurne", 51.4639, 5.7972, "AM32", "PV30", 500),
        new Town("Venlo", 51.3704, 6.1724, "AM29", "PV31", 500),
        new Town("Tegelen", 51.3442, 6.1361, "AM29", "PV31", 500),
        new Town("Venray", 51.5258, 5.9750, "AM29", "PV31", 500),
        new Town("Gennep", 51.6983, 5.9736, "AM29", "PV31", 500),
        new Town("Panningen", 51.3283, 5.9792, "AM29", "PV31", 500),
        new Town("Roermond", 51.1942, 5.9870, "AM33", "PV31", 500),
        new Town("Weert", 51.2517, 5.7056, "AM33", "PV31", 500),
        new Town("Echt", 51.1033, 5.8722, "AM33", "PV31", 500),
        new Town("Maastricht", 50.8514, 5.6910, "AM30", "PV31", 500),
        new Town("Heerlen", 50.8882, 5.9795, "AM30", "PV31", 500),
        new Town("Sittard", 51.0000, 5.8667, "AM30", "PV31", 500),
        new Town("Geleen", 50.9742, 5.8292, "AM30", "PV31", 500),
        new Town("Kerkrade", 50.8658, 6.0625, "AM30", "PV31", 500),
        new Town("Brunssum", 50.9467, 5.9708, "AM30", "PV31", 500),
        new Town("Valkenburg", 50.8650, 5.8317, "AM30", "PV31", 500),
        new Town("Stein", 50.9694, 5.7661, "AM30", "PV31", 500)
    };

    static final Map<String, String> REGION_NAMES = Map.ofEntries(
        Map.entry("AM01", "Groningen"),
        Map.entry("AM02", "Friesland"),
        Map.entry("AM03", "Drenthe"),
        Map.entry("AM05", "Twente"),
        Map.entry("AM06", "Veluwe Stedendriehoek"),
        Map.entry("AM07", "Midden-Gelderland"),
        Map.entry("AM08", "Rijk van Nijmegen"),
        Map.entry("AM09", "Achterhoek"),
        Map.entry("AM10", "Rivierenland"),
        Map.entry("AM11", "Flevoland"),
        Map.entry("AM12", "Gooi en Vechtstreek"),
        Map.entry("AM13", "Midden-Utrecht"),
        Map.entry("AM14", "Amersfoort"),
        Map.entry("AM15", "Noord-Holland Noord"),
        Map.entry("AM17", "Zaanstreek/Waterland"),
        Map.entry("AM18", "Groot Amsterdam"),
        Map.entry("AM19", "Holland Rijnland"),
        Map.entry("AM20", "Midden-Holland"),
        Map.entry("AM21", "Haaglanden"),
        Map.entry("AM22", "Rijnmond"),
        Map.entry("AM23", "Drechtsteden"),
        Map.entry("AM24", "Zeeland"),
        Map.entry("AM25", "West-Brabant"),
        Map.entry("AM26", "Midden-Brabant"),
        Map.entry("AM27", "Noordoost-Brabant"),
        Map.entry("AM28", "Zuidoost-Brabant"),
        Map.entry("AM29", "Noord-Limburg"),
        Map.entry("AM30", "Zuid-Limburg"),
        Map.entry("AM32", "Helmond-De Peel"),
        Map.entry("AM33", "Midden-Limburg"),
        Map.entry("AM34", "Zuid-Holland Centraal"),
        Map.entry("AM35", "Gorinchem"),
        Map.entry("AM36", "Regio Zwolle"),
        Map.entry("AM37", "Zuid-Kennemerland en IJmond"),
        Map.entry("AM38", "FoodValley")
    );

    static final String[] SECTORS = {"techniek", "zorg", "ict", "bouw", "logistiek", "agrifood", "economie",
        "creatief", "energie", "onderwijs"};
    /** Relative weights of SECTORS, roughly how often each shows up in the real inventory. */
    static final int[] SECTOR_WEIGHTS = {24, 18, 10, 10, 8, 8, 7, 5, 6, 4};
    static final String[] THEMES = {"doorlopende-leerlijn", "praktijkleren", "loopbaanorientatie", "arbeidsmarkt",
        "innovatie", "hybride-leren", "leven-lang-ontwikkelen"};
    static final String[] FUNDING = {"regio-investeringsfonds", "sterk-techniekonderwijs", "mbo-werkt"};
    static final String[][] LEVEL_PATTERNS = {{"vmbo", "mbo"}, {"vmbo", "mbo"}, {"mbo"}, {"mbo"}, {"mbo", "hbo"},
        {"mbo", "hbo"}, {"vmbo", "mbo", "hbo"}, {"hbo"}, {"vmbo"}};

    static final Map<String, String[]> NAME_PATTERNS = Map.of(
        "techniek", new String[] {"Techniekpact %s", "Maakindustrie Leerlijn %s", "Werkplaats Mechatronica %s",
            "Smart Industry Hub %s"},
        "zorg", new String[] {"Zorgcampus %s", "Zorgleerlijn %s", "Leerafdeling Zorg %s", "Zorgpact %s"},
        "ict", new String[] {"ICT Talentlab %s", "Digitale Werkplaats %s", "Cyberacademie %s"},
        "bouw", new String[] {"Bouwleerplaats %s", "Circulair Bouwen %s", "Bouw- en Infracampus %s"},
        "logistiek", new String[] {"Logistiek Leerpark %s", "Logistiek Talentpact %s"},
        "agrifood", new String[] {"Agrifood Proeftuin %s", "Voedselwerkplaats %s", "Groene Leerwerkplaats %s"},
        "economie", new String[] {"Ondernemerslab %s", "Gastvrijheid Leerlijn %s", "Retail Leerwerkplaats %s"},
        "creatief", new String[] {"Creatieve Broedplaats %s", "Mediawerkplaats %s"},
        "energie", new String[] {"Energietransitie Leerlab %s", "Installatieacademie %s", "Warmtewerkplaats %s"},
        "onderwijs", new String[] {"Samen Opleiden %s", "Opleidingsschool %s"});

    static final Map<String, String[]> COMPANY_PATTERNS = Map.of(
        "techniek", new String[] {"%s Machinebouw", "%s Metaaltechniek", "Precisiewerk %s", "%s Installatietechniek"},
        "zorg", new String[] {"Zorggroep %s", "Thuiszorg %s", "Revalidatiecentrum %s", "Zorgcentrum %s"},
        "ict", new String[] {"%s Software", "Datawerk %s", "%s IT-diensten"},
        "bouw", new String[] {"Bouwbedrijf %s", "%s Infra", "Aannemersbedrijf %s"},
        "logistiek", new String[] {"Distributiecentrum %s", "%s Transport", "%s Warehousing"},
        "agrifood", new String[] {"Kwekerij %s", "Zuivelfabriek %s", "%s Voedingsmiddelen"},
        "economie", new String[] {"Hotel %s", "Warenhuis %s", "%s Retail"},
        "creatief", new String[] {"Ontwerpstudio %s", "%s Media", "Productiehuis %s"},
        "energie", new String[] {"%s Energie", "%s Warmtenetten", "Zonnestroom %s"},
        "onderwijs", new String[] {"Kindcentrum %s", "Onderwijsgroep %s", "Kinderopvang %s"});

    static final String[] BRANDS = {"Lindewoude", "Eikenhorst", "Wilgenhoek", "Berkenrode", "Heideveld", "Duinzicht",
        "Polderweide", "Rivierdal", "Kustlicht", "Vlonderstede", "Zonnehoeve", "Esdoornlaan", "Klaverwei",
        "Ooievaarsweide", "Meidoornhof", "Walnotenhof", "Dijkzicht", "Rietland", "Beukenstein", "Vossenberg",
        "Lisdodde", "Kievitsbloem", "Essenhout", "Zilverberk", "Hazelaar", "Elzenhage", "Vlierbos", "Lijsterbes",
        "Kamperfoelie", "Roerdomp"};
    static final String[] VMBO = {"Vakcollege %s", "Scholengemeenschap %s", "Vmbo %s"};
    static final String[] MBO = {"Regiocollege %s", "Vakinstituut %s", "mbo College %s"};
    static final String[] HBO = {"Hogeschool %s"};
    static final String[] STREETS = {"Voorbeeldlaan", "Demostraat", "Proefweg", "Oefenplein", "Modelkade"};
    static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/generator/GenerateInitiatives.java <count> <seed> <out.json>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        long started = System.nanoTime();
        Map<String, List<Town>> byRegion = new HashMap<>();
        for (Town t : TOWNS) {
            byRegion.computeIfAbsent(t.region(), k -> new ArrayList<>()).add(t);
        }
        Random rnd = new Random(seed);
        Set<String> ids = new HashSet<>(count * 2);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\n");
            StringBuilder sb = new StringBuilder(4096);
            for (int i = 0; i < count; i++) {
                sb.setLength(0);
                write(sb, generate(rnd, ids, byRegion));
                if (i > 0) {
                    w.write(",\n");
                }
                w.append(sb);
            }
            w.write("\n}\n");
        }
        System.err.printf(Locale.ROOT, "wrote %d initiatives to %s in %d ms%n", count, out,
            (System.nanoTime() - started) / 1_000_000);
    }

    record Party(String name, String kind, String town) {
    }

    record Location(String label, String town, double lat, double lon, String address) {
    }

    record Initiative(String id, String name, String goal, String description, String website, String contact,
            List<String> levels, List<String> sectors, List<String> themes, List<String> funding, String status,
            int startYear, Integer endYear, String regionCode, String provinceCode, String lastVerified,
            String lastModified, List<Party> parties, List<Location> locations) {
    }

    static Initiative generate(Random rnd, Set<String> ids, Map<String, List<Town>> byRegion) {
        Town town = TOWNS[rnd.nextInt(TOWNS.length)];
        List<Town> neighbours = byRegion.get(town.region());
        Town town2 = rnd.nextInt(100) < 35 ? neighbours.get(rnd.nextInt(neighbours.size())) : null;
        String regionName = REGION_NAMES.get(town.region());

        String sector = weighted(rnd, SECTORS, SECTOR_WEIGHTS);
        List<String> sectors = pickSome(rnd, sector, SECTORS, 25);
        List<String> themes = pickSome(rnd, THEMES[rnd.nextInt(THEMES.length)], THEMES, 50);
        List<String> levels = "onderwijs".equals(sector) ? List.of("mbo", "hbo")
            : List.of(LEVEL_PATTERNS[rnd.nextInt(LEVEL_PATTERNS.length)]);

        String[] namePatterns = NAME_PATTERNS.get(sector);
        String place = rnd.nextBoolean() ? town.name() : regionName;
        String name = String.format(namePatterns[rnd.nextInt(namePatterns.length)], place) + " (demo)";
        String id = uniqueId(rnd, ids, name);

        List<Party> parties = parties(rnd, levels, sectors, town, town2, regionName);
        Party school = parties.get(0);
        Party company = parties.get(levels.size());

        int r = rnd.nextInt(100);
        String status = r < 65 ? "running" : r < 85 ? "ended" : "planned";
        int startYear = switch (status) {
            case "running" -> 2014 + rnd.nextInt(11);
            case "ended" -> 2010 + rnd.nextInt(11);
            default -> 2025 + rnd.nextInt(2);
        };
        Integer endYear = "ended".equals(status) ? Math.min(2024, startYear + 2 + rnd.nextInt(4)) : null;

        String goal = "Scholen en bedrijven in de sector " + sector + " werken in de regio " + regionName
            + " samen aan " + themeText(themes.get(0)) + ".";
        String description = "<p>Demodata: gegenereerd voor een benchmark; alle namen zijn fictief.</p><p>In "
            + town.name() + " werken " + school.name() + " en " + company.name() + " samen.</p>";
        String website = rnd.nextInt(100) < 85 ? "https://example.org/samenwerkingskaart-bench/" + id : null;
        String contact = rnd.nextInt(100) < 70 ? "Projectbureau, bench@example.org" : null;
        List<String> funding = new ArrayList<>();
        for (String f : FUNDING) {
            if (rnd.nextInt(100) < 20) {
                funding.add(f);
            }
        }
        String lastVerified = String.format(Locale.ROOT, "%d-%02d-%02d", 2023 + rnd.nextInt(3),
            1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String lastModified = String.format(Locale.ROOT, "2025-%02d-%02dT%02d:%02d:00.000+02:00",
            4 + rnd.nextInt(3), 1 + rnd.nextInt(28), 8 + rnd.nextInt(10), rnd.nextInt(60));

        List<Location> locations = new ArrayList<>();
        locations.add(location(rnd, "Hoofdlocatie " + school.name(), town,
            STREETS[rnd.nextInt(STREETS.length)] + " " + (1 + rnd.nextInt(150)) + ", " + town.name()));
        if (town2 != null) {
            locations.add(location(rnd, "Praktijklocatie " + company.name(), town2, null));
        }
        return new Initiative(id, name, goal, description, website, contact, levels, sectors, themes, funding,
            status, startYear, endYear, town.region(), town.province(), lastVerified, lastModified, parties,
            locations);
    }

    /** One school per level, then one to three companies, sometimes a municipality, sector body or other. */
    static List<Party> parties(Random rnd, List<String> levels, List<String> sectors, Town town, Town town2,
            String regionName) {
        List<Party> parties = new ArrayList<>();
        Set<String> usedBrands = new HashSet<>();
        for (String level : levels) {
            String[] patterns = switch (level) {
                case "vmbo" -> VMBO;
                case "mbo" -> MBO;
                default -> HBO;
            };
            Town t = "hbo".equals(level) && town2 != null && rnd.nextBoolean() ? town2 : town;
            parties.add(new Party(String.format(patterns[rnd.nextInt(patterns.length)], brand(rnd, usedBrands)),
                level, t.name()));
        }
        int companies = 1 + rnd.nextInt(3);
        for (int k = 0; k < companies; k++) {
            String[] patterns = COMPANY_PATTERNS.get(sectors.get(rnd.nextInt(sectors.size())));
            Town t = town2 != null && rnd.nextInt(3) == 0 ? town2 : town;
            parties.add(new Party(String.format(patterns[rnd.nextInt(patterns.length)], brand(rnd, usedBrands)),
                "company", t.name()));
        }
        if (rnd.nextInt(100) < 40) {
            parties.add(new Party("Gemeente " + town.name(), "government", town.name()));
        }
        if (rnd.nextInt(100) < 25) {
            parties.add(new Party("Regionaal platform " + sectors.get(0) + " " + regionName, "sectorbody",
                town.name()));
        }
        if (rnd.nextInt(100) < 10) {
            parties.add(new Party("Stichting Leren en Werken " + town.name(), "other", town.name()));
        }
        return parties;
    }

    /** A uniformly random point within the town's safe radius, so its region stays the town's region. */
    static Location location(Random rnd, String label, Town t, String address) {
        double radius = t.safeMetres() * Math.sqrt(rnd.nextDouble());
        double angle = rnd.nextDouble() * 2 * Math.PI;
        double lat = t.lat() + radius * Math.sin(angle) / 110_540.0;
        double lon = t.lon() + radius * Math.cos(angle) / (111_320.0 * Math.cos(Math.toRadians(t.lat())));
        return new Location(label, t.name(), lat, lon, address);
    }

    static String uniqueId(Random rnd, Set<String> ids, String name) {
        String base = slug(name) + "-";
        String id;
        do {
            StringBuilder suffix = new StringBuilder(5);
            for (int k = 0; k < 5; k++) {
                suffix.append(ID_CHARS.charAt(rnd.nextInt(ID_CHARS.length())));
            }
            id = base + suffix;
        } while (!ids.add(id));
        return id;
    }

    /** The first value, plus with the given chance (percent) one more distinct value. */
    static List<String> pickSome(Random rnd, String first, String[] values, int percentSecond) {
        List<String> list = new ArrayList<>(List.of(first));
        if (rnd.nextInt(100) < percentSecond) {
            String second = values[rnd.nextInt(values.length)];
            if (!second.equals(first)) {
                list.add(second);
            }
        }
        return list;
    }

    /** Writes one "id": {node} member in the JCR layout of docs/contracts.md. */
    static void write(StringBuilder sb, Initiative in) {
        sb.append("  ");
        str(sb, in.id()).append(": {");
        prop(sb, "jcr:primaryType", "nt:unstructured").append(',');
        prop(sb, "sling:resourceType", "samenwerking/initiative").append(',');
        prop(sb, "id", in.id()).append(',');
        prop(sb, "name", in.name()).append(',');
        prop(sb, "goal", in.goal()).append(',');
        prop(sb, "description", in.description()).append(',');
        if (in.website() != null) {
            prop(sb, "website", in.website()).append(',');
        }
        if (in.contact() != null) {
            prop(sb, "contact", in.contact()).append(',');
        }
        array(sb, "levels", in.levels()).append(',');
        array(sb, "sectors", in.sectors()).append(',');
        array(sb, "themes", in.themes()).append(',');
        if (!in.funding().isEmpty()) {
            array(sb, "funding", in.funding()).append(',');
        }
        prop(sb, "status", in.status()).append(',');
        str(sb, "startYear").append(':').append(in.startYear()).append(',');
        if (in.endYear() != null) {
            str(sb, "endYear").append(':').append(in.endYear()).append(',');
        }
        prop(sb, "regionCode", in.regionCode()).append(',');
        prop(sb, "provinceCode", in.provinceCode()).append(',');
        str(sb, "regionOverridden").append(":false,");
        prop(sb, "source", "Benchmarkgenerator (synthetische demodata)").append(',');
        prop(sb, "verifiedBy", "bench").append(',');
        prop(sb, "lastVerified", in.lastVerified()).append(',');
        str(sb, "published").append(":true,");
        str(sb, "demo").append(":true,");
        prop(sb, "jcr:lastModified", in.lastModified()).append(',');
        str(sb, "parties").append(":{\"jcr:primaryType\":\"nt:unstructured\"");
        for (int k = 0; k < in.parties().size(); k++) {
            Party p = in.parties().get(k);
            sb.append(',');
            str(sb, Integer.toString(k)).append(":{");
            prop(sb, "jcr:primaryType", "nt:unstructured").append(',');
            prop(sb, "name", p.name()).append(',');
            prop(sb, "kind", p.kind()).append(',');
            prop(sb, "town", p.town()).append('}');
        }
        sb.append("},");
        str(sb, "locations").append(":{\"jcr:primaryType\":\"nt:unstructured\"");
        for (int k = 0; k < in.locations().size(); k++) {
            Location l = in.locations().get(k);
            sb.append(',');
            str(sb, Integer.toString(k)).append(":{");
            prop(sb, "jcr:primaryType", "nt:unstructured").append(',');
            prop(sb, "label", l.label()).append(',');
            prop(sb, "town", l.town()).append(',');
            str(sb, "latitude").append(':').append(coordinate(l.lat())).append(',');
            str(sb, "longitude").append(':').append(coordinate(l.lon()));
            if (l.address() != null) {
                sb.append(',');
                prop(sb, "address", l.address());
            }
            sb.append('}');
        }
        sb.append("}}");
    }

    /** Five decimals, always with a fraction so that Sling's JSON reader stores a Double. */
    static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    static String themeText(String theme) {
        return switch (theme) {
            case "doorlopende-leerlijn" -> "een doorlopende leerlijn zonder overlap of dubbele stof";
            case "praktijkleren" -> "meer en beter leren in de praktijk";
            case "loopbaanorientatie" -> "betere loopbaanoriëntatie voor jongeren";
            case "arbeidsmarkt" -> "opleidingen die aansluiten op de vraag van werkgevers";
            case "innovatie" -> "vernieuwing van het onderwijs met technieken uit de bedrijven";
            case "hybride-leren" -> "hybride leeromgevingen met echte opdrachten";
            default -> "om- en bijscholing van werkenden";
        };
    }

    static String brand(Random rnd, Set<String> used) {
        String b;
        do {
            b = BRANDS[rnd.nextInt(BRANDS.length)];
        } while (!used.add(b));
        return b;
    }

    static String weighted(Random rnd, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int k = 0; k < values.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    /** Lowercase ASCII slug: accents dropped, every run of other characters becomes one '-'. */
    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder(ascii.length());
        boolean dash = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
                dash = false;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '-') {
            end--;
        }
        return b.substring(0, end);
    }

    static StringBuilder prop(StringBuilder sb, String name, String value) {
        str(sb, name).append(':');
        return str(sb, value);
    }

    static StringBuilder array(StringBuilder sb, String name, List<String> values) {
        str(sb, name).append(":[");
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            str(sb, values.get(k));
        }
        return sb.append(']');
    }

    /** Appends a JSON string literal. */
    static StringBuilder str(StringBuilder sb, String s) {
        sb.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
