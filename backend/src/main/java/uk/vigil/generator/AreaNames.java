package uk.vigil.generator;

import java.util.List;

/**
 * Names of the agencies, prisons and courts of an area: the real ones for the counties we know,
 * otherwise built from the county and its largest towns.
 */
record AreaNames(String police, String probation, String council, String health, String mentalHealth,
                 List<PrisonSite> prisons, List<String> crownCourts, List<String> magistratesCourts) {

    record PrisonSite(String name, String town) {
    }

    static AreaNames of(String county, List<Town> largestFirst) {
        return switch (county) {
            case "Cumbria" -> new AreaNames("Cumbria Constabulary", "Probation Service - Cumbria", "Cumberland Council",
                    "North Cumbria Integrated Care NHS Foundation Trust",
                    "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
                    List.of(new PrisonSite("HMP Haverigg", "Haverigg")),
                    List.of("Carlisle Crown Court"),
                    List.of("Carlisle Magistrates' Court", "West Cumbria Magistrates' Court", "Furness Magistrates' Court"));
            case "Lancashire" -> new AreaNames("Lancashire Constabulary", "Probation Service - Lancashire",
                    "Lancashire County Council", "Lancashire Teaching Hospitals NHS Foundation Trust",
                    "Lancashire and South Cumbria NHS Foundation Trust",
                    List.of(new PrisonSite("HMP Preston", "Preston"), new PrisonSite("HMP Lancaster Farms", "Lancaster"),
                            new PrisonSite("HMP Kirkham", "Kirkham"), new PrisonSite("HMP Wymott", "Leyland"),
                            new PrisonSite("HMP Garth", "Leyland")),
                    List.of("Preston Crown Court", "Burnley Crown Court", "Lancaster Crown Court"),
                    List.of("Preston Magistrates' Court", "Burnley Magistrates' Court", "Lancaster Magistrates' Court",
                            "Blackpool Magistrates' Court"));
            default -> generic(county, largestFirst);
        };
    }

    private static AreaNames generic(String county, List<Town> largestFirst) {
        String biggest = largestFirst.get(0).name();
        List<String> magistrates = largestFirst.stream().limit(3).map(t -> t.name() + " Magistrates' Court").toList();
        return new AreaNames(county + " Police", "Probation Service - " + county, county + " Council",
                county + " NHS Foundation Trust", county + " Mental Health NHS Foundation Trust",
                List.of(new PrisonSite("HMP " + biggest, biggest)), List.of(biggest + " Crown Court"), magistrates);
    }

    /** Prisons elsewhere in England and Wales, where earlier sentences were served. */
    static final List<String> NATIONAL_PRISONS = List.of("HMP Durham", "HMP Manchester", "HMP Liverpool",
            "HMP Wakefield", "HMP Frankland", "HMP Full Sutton", "HMP Whatton", "HMP Stafford", "HMP Usk",
            "HMP Leeds", "HMP Holme House", "HMP Northumberland", "HMP Altcourse", "HMP Risley", "HMP Forest Bank",
            "HMP Buckley Hall", "HMP Bure", "HMP Isle of Wight", "HMP Littlehey", "HMP Erlestoke", "HMP Preston",
            "HMP Haverigg", "HMP Lancaster Farms", "HMP Garth", "HMP Wymott", "HMP Kirkham");
}
