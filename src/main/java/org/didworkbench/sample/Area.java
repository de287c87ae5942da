package org.didworkbench.sample;

import java.util.List;

/**
 * The four postcode areas the synthetic patients live in. Districts are real outward codes so the
 * postcodes look real; the inward codes are invented, so whether a generated postcode exists in the
 * real world is a matter of chance. The ODS grouping codes are only there to fill the columns.
 */
enum Area {
    LEEDS("LEEDS", "Y63", "QWO", "15F",
            List.of("LS1", "LS2", "LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS15", "LS16", "LS17", "LS28")),
    MANCHESTER("MANCHESTER", "Y62", "QOP", "14L",
            List.of("M1", "M4", "M8", "M13", "M14", "M15", "M16", "M20", "M21", "M40")),
    BIRMINGHAM("BIRMINGHAM", "Y60", "QHL", "15E",
            List.of("B1", "B5", "B9", "B10", "B11", "B13", "B15", "B23", "B29", "B30")),
    NEWCASTLE("NEWCASTLE UPON TYNE", "Y63", "QHM", "13T",
            List.of("NE1", "NE2", "NE3", "NE4", "NE5", "NE6", "NE7", "NE12", "NE15", "NE28"));

    private final String town;
    private final String nationalGrouping;
    private final String healthGeography;
    private final String commissioner;
    private final List<String> districts;

    Area(String town, String nationalGrouping, String healthGeography, String commissioner,
         List<String> districts) {
        this.town = town;
        this.nationalGrouping = nationalGrouping;
        this.healthGeography = healthGeography;
        this.commissioner = commissioner;
        this.districts = districts;
    }

    String town() {
        return town;
    }

    String nationalGrouping() {
        return nationalGrouping;
    }

    String healthGeography() {
        return healthGeography;
    }

    String commissioner() {
        return commissioner;
    }

    List<String> districts() {
        return districts;
    }
}
