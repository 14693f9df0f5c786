package uk.vigil.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate populations (2011 Census built-up areas, rounded) and postcode districts for the
 * towns of the counties we know well. gb-places has no population, so elsewhere the weight is a
 * density proxy (see {@link Towns}). A weight of 0 drops a GeoNames entry that is not a town.
 */
final class KnownTowns {
    record Known(int population, List<String> districts) {
    }

    private static final Map<String, Map<String, Known>> BY_COUNTY = new HashMap<>();

    static {
        county("Cumbria",
                "Carlisle|75000|CA1 CA2 CA3", "Barrow in Furness|57000|LA13 LA14", "Kendal|29000|LA9",
                "Workington|25000|CA14", "Whitehaven|24000|CA28", "Penrith|15000|CA11", "Maryport|11000|CA15",
                "Ulverston|11500|LA12", "Cockermouth|8000|CA13", "Dalton in Furness|8000|LA15", "Egremont|8000|CA22",
                "Millom|7800|LA18", "Cleator Moor|7000|CA25", "Wigton|5800|CA7", "Keswick|4800|CA12",
                "Grange-over-Sands|4100|LA11", "Windermere|8300|LA23", "Aspatria|2800|CA7", "Brampton|4000|CA8",
                "Askam in Furness|3000|LA16", "Silloth|2900|CA7", "Ambleside|2600|LA22",
                "Appleby-in-Westmorland|3000|CA16", "Longtown|3000|CA6", "Dalston|2700|CA5", "Kirkby Stephen|1800|CA17",
                "Alston|1100|CA9", "Seascale|1700|CA20", "Distington|2000|CA14", "Frizington|3500|CA26",
                "Saint Bees|1700|CA27", "Flimby|2000|CA15", "Dearham|2000|CA15", "Denton Holme|8000|CA2",
                "Scotby|1500|CA4", "Wetheral|2000|CA4", "Great Corby|500|CA4", "Burgh by Sands|1000|CA5",
                "Milnthorpe|2200|LA7", "Arnside|2300|LA5", "Staveley|1200|LA8", "Burneside|1700|LA9",
                "Sedbergh|2700|LA10", "Shap|1200|CA10", "Kirkby Lonsdale|1800|LA6", "Flookburgh|1500|LA11",
                "Swarthmoor|1700|LA12", "Haverigg|1500|LA18");
        county("Lancashire",
                "Preston|141000|PR1 PR2", "Burnley|73000|BB10 BB11 BB12", "Lancaster|52000|LA1",
                "Morecambe|34000|LA4", "Accrington|35000|BB5", "Chorley|35000|PR6 PR7", "Leyland|36000|PR25 PR26",
                "Lytham St Annes|43000|FY8", "Skelmersdale|39000|WN8", "Nelson|29000|BB9", "Fleetwood|25000|FY7",
                "Thornton-Cleveleys|31000|FY5", "Cleveleys|8000|FY5", "Colne|17000|BB8", "Rawtenstall|23000|BB4",
                "Ormskirk|24000|L39", "Clitheroe|15000|BB7", "Poulton-le-Fylde|18000|FY6", "Haslingden|16000|BB4",
                "Bacup|13000|OL13", "Padiham|12000|BB12", "Great Harwood|11000|BB6", "Kirkham|7000|PR4",
                "Garstang|4000|PR3", "Carnforth|5500|LA5", "Longridge|7500|PR3", "Heysham|12000|LA3",
                "Brierfield|8000|BB9", "Barnoldswick|11000|BB18", "Earby|3600|BB18", "Whitworth|7500|OL12",
                "Rishton|6600|BB1", "Clayton le Moors|8000|BB5", "Church|4000|BB5", "Barrowford|5000|BB9",
                "Burscough|9000|L40", "Adlington|6000|PR6 PR7", "Coppull|7500|PR7", "Euxton|9000|PR7",
                "Clayton-le-Woods|14000|PR6 PR25", "Freckleton|6000|PR4", "Tarleton|5000|PR4", "Appley Bridge|2500|WN6",
                "Banks|3500|PR9", "Bay Horse|300|LA2", "Billington|1500|BB7", "Bolton le Sands|4000|LA5",
                "Brinscall|2000|PR6", "Caton|2500|LA2", "Catterall|2000|PR3", "Chatburn|1000|BB7", "Croston|2500|PR26",
                "Eccleston|4000|PR7", "Edenfield|2000|BL0", "Elswick|1000|PR4", "Foulridge|1500|BB8",
                "Galgate|2000|LA2", "Goosnargh|1500|PR3", "Great Eccleston|1500|PR3", "Halton|2000|LA2",
                "Hapton|1500|BB12", "Langho|2000|BB6", "Overton|1000|LA3", "Parbold|2500|WN8", "Preesall|5000|FY6",
                "Rufford|2000|L40", "Sabden|1400|BB7", "Silverdale|1500|LA5", "Waddington|1000|BB7",
                "Warton|2500|LA5 PR4", "Whalley|4000|BB7", "Wrea Green|1500|PR4",
                "Fylde|0|PR4", "Rossendale|0|BB4", "Hameldon Hill|0|BB11", "Red Scar|0|PR2");
    }

    private KnownTowns() {
    }

    /** The county's table, or null when we know nothing special about it. */
    static Map<String, Known> of(String county) {
        return BY_COUNTY.get(county);
    }

    private static void county(String county, String... rows) {
        Map<String, Known> towns = new HashMap<>();
        for (String row : rows) {
            String[] f = row.split("\\|");
            towns.put(f[0], new Known(Integer.parseInt(f[1]), List.of(f[2].split(" "))));
        }
        BY_COUNTY.put(county, towns);
    }
}
