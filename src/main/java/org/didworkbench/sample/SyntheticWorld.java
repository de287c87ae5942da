package org.didworkbench.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The fixed synthetic world behind the sample data: one trust (RZZ) with its imaging sites, forty
 * GP practices, a postcode list and a small NICIP/SNOMED CT table. It does not depend on the
 * generator's seed, because the reference files must cover the clean records of every seed.
 * Immutable once built.
 */
final class SyntheticWorld {
    static final String TRUST_CODE = "RZZ";
    static final String TRUST_NAME = "SYNTHETIC TEACHING HOSPITALS NHS TRUST";
    static final LocalDate CLOSED_ON = LocalDate.of(2025, 3, 31);
    static final LocalDate NICIP_START = LocalDate.of(2005, 4, 1);
    static final String CLOSED_PRACTICE = "P81099";
    static final String CLOSED_SITE = "RZZ09";

    /** Who an imaging code may be used for in clean records; anything else is an outlier. */
    enum Eligibility { ANYONE, WOMEN_16_TO_45, AGED_40_AND_OVER }

    /** A GP practice or an imaging site. */
    record Organisation(String code, String name, Area area, String postcode, LocalDate open, LocalDate close,
                        int weight) {
    }

    /** One row of the synthetic NICIP table. */
    record ImagingCode(String nicip, String sctId, String preferred, Modality modality, LocalDate start,
                       LocalDate end, int weight, Eligibility eligibility) {

        boolean eligible(int ageYears, String gender) {
            return switch (eligibility) {
                case ANYONE -> true;
                case WOMEN_16_TO_45 -> "2".equals(gender) && ageYears >= 16 && ageYears <= 45;
                case AGED_40_AND_OVER -> ageYears >= 40;
            };
        }
    }

    /** Inward-code letters never include C, I, K, M, O or V (did-reference.md §4.3). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final int POSTCODES_PER_DISTRICT = 8;
    /** Fixed, so the postcode list is the same whatever seed the records use. */
    private static final long WORLD_SEED = 0x5EED2026L;
    private static final String[] PRACTICE_PREFIXES = {"Riverside", "Parkview", "Oakwood", "Millbrook", "Hillside",
            "Meadowbank", "Beechwood", "Elmfield", "Ashgrove", "Willow Bank"};
    private static final String[] PRACTICE_SUFFIXES = {"Medical Practice", "Surgery", "Health Centre",
            "Family Practice"};

    private final List<Organisation> practices;
    private final Organisation closedPractice;
    private final List<Organisation> sites;
    private final Organisation closedSite;
    private final Map<Area, List<String>> postcodesByArea;
    private final List<String> allPostcodes;
    private final List<String> unknownPostcodes;
    private final List<ImagingCode> imagingRows;
    private final Map<Modality, List<ImagingCode>> currentCodes;
    private final ImagingCode recentlyRetired;
    private final ImagingCode longRetired;
    private final List<String> unknownNicipCodes;

    SyntheticWorld() {
        postcodesByArea = buildPostcodes();
        TreeSet<String> all = new TreeSet<>();
        postcodesByArea.values().forEach(all::addAll);
        allPostcodes = List.copyOf(all);
        // Districts that are real but not in the list above, so these can never be in postcodes.csv.
        unknownPostcodes = List.of("LS26 8QX", "M46 0WW", "B97 6TT", "NE61 2RF", "LS21 3PB", "M34 7DY");
        unknownPostcodes.forEach(p -> require(!all.contains(p), "unknown postcode is in the list"));

        List<Organisation> ps = new ArrayList<>();
        Area[] areas = Area.values();
        for (int i = 0; i < 40; i++) {
            Area area = areas[i / 10];
            // (prefix, suffix) pairs are distinct for i < 40 because 3 is invertible modulo 4
            String name = PRACTICE_PREFIXES[i % 10] + " " + PRACTICE_SUFFIXES[(i % 10 + 3 * (i / 10)) % 4];
            List<String> pcs = postcodesByArea.get(area);
            // a few large practices, most middling, a few small: referral volumes are never even
            int weight = i % 7 == 0 ? 6 : i % 5 == 0 ? 1 : 3;
            String code = String.format(Locale.ROOT, "P81%03d", i + 1);
            ps.add(new Organisation(code, name, area, pcs.get((i * 7) % pcs.size()), LocalDate.of(1974, 4, 1), null,
                    weight));
        }
        practices = List.copyOf(ps);
        closedPractice = new Organisation(CLOSED_PRACTICE, "Old Mill Surgery", Area.LEEDS,
                postcodesByArea.get(Area.LEEDS).get(3), LocalDate.of(1974, 4, 1), CLOSED_ON, 0);

        sites = List.of(
                new Organisation("RZZ01", "Synthetic General Infirmary", Area.LEEDS, "LS1 4HR",
                        LocalDate.of(1990, 4, 1), null, 60),
                new Organisation("RZZ02", "Synthetic Royal Hospital", Area.LEEDS,
                        postcodesByArea.get(Area.LEEDS).get(20), LocalDate.of(1990, 4, 1), null, 25),
                new Organisation("RZZ03", "Synthetic Community Diagnostic Centre", Area.LEEDS,
                        postcodesByArea.get(Area.LEEDS).get(40), LocalDate.of(2022, 10, 1), null, 15));
        closedSite = new Organisation(CLOSED_SITE, "Synthetic Cottage Hospital", Area.LEEDS,
                postcodesByArea.get(Area.LEEDS).get(60), LocalDate.of(1990, 4, 1), CLOSED_ON, 0);

        imagingRows = List.copyOf(buildImagingCodes());
        Map<Modality, List<ImagingCode>> current = new EnumMap<>(Modality.class);
        for (Modality m : Modality.values()) {
            current.put(m, imagingRows.stream().filter(c -> c.modality() == m && c.end() == null).toList());
        }
        currentCodes = current;
        recentlyRetired = row("UGALB");
        longRetired = row("XSKUL");
        unknownNicipCodes = List.of("CTHEAD", "MRKNEE", "USABDO", "XRCHST", "CTCAP");
        unknownNicipCodes.forEach(c -> require(imagingRows.stream().noneMatch(r -> r.nicip().equals(c)),
                "unknown NICIP code is in the table"));
    }

    List<Organisation> practices() {
        return practices;
    }

    Organisation closedPractice() {
        return closedPractice;
    }

    List<Organisation> sites() {
        return sites;
    }

    Organisation closedSite() {
        return closedSite;
    }

    List<String> postcodes(Area area) {
        return postcodesByArea.get(area);
    }

    /** Every postcode clean records may use, sorted. */
    List<String> allPostcodes() {
        return allPostcodes;
    }

    /** Well-formed postcodes that are deliberately missing from the postcode file. */
    List<String> unknownPostcodes() {
        return unknownPostcodes;
    }

    /** Every NICIP table row, history included. */
    List<ImagingCode> imagingRows() {
        return imagingRows;
    }

    /** The codes with no end date, for one modality. */
    List<ImagingCode> currentCodes(Modality m) {
        return currentCodes.get(m);
    }

    /** Retired 2026-06-30: still within the six-month grace for September 2026 activity. */
    ImagingCode recentlyRetired() {
        return recentlyRetired;
    }

    /** Retired 2024-03-31: long out of use. */
    ImagingCode longRetired() {
        return longRetired;
    }

    /** Local-looking codes that are not in the NICIP table. */
    List<String> unknownNicipCodes() {
        return unknownNicipCodes;
    }

    /** The current row for a NICIP code. */
    ImagingCode row(String nicip) {
        ImagingCode found = null;
        for (ImagingCode c : imagingRows) {
            if (c.nicip().equals(nicip) && (found == null || c.start().isAfter(found.start()))) {
                found = c;
            }
        }
        require(found != null, "no such code");
        return found;
    }

    private static Map<Area, List<String>> buildPostcodes() {
        SplittableRandom rng = new SplittableRandom(WORLD_SEED);
        Map<Area, List<String>> byArea = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            TreeSet<String> codes = new TreeSet<>();
            for (String district : area.districts()) {
                int made = 0;
                while (made < POSTCODES_PER_DISTRICT) {
                    String pc = district + " " + rng.nextInt(10)
                            + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                            + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
                    if (codes.add(pc)) {
                        made++;
                    }
                }
            }
            byArea.put(area, List.copyOf(codes));
        }
        // two that the brief and the docs quote, so examples in the documentation resolve
        byArea.put(Area.LEEDS, withExtra(byArea.get(Area.LEEDS), "LS1 4HR"));
        byArea.put(Area.MANCHESTER, withExtra(byArea.get(Area.MANCHESTER), "M13 9WL"));
        return byArea;
    }

    private static List<String> withExtra(List<String> list, String extra) {
        TreeSet<String> s = new TreeSet<>(list);
        s.add(extra);
        return List.copyOf(s);
    }

    /*
     * SNOMED CT ids: the four CT ones are the real concepts quoted in did-reference.md §5.3; every
     * other id is invented (item identifier 990xxx, partition 00, computed Verhoeff digit) and must
     * not be read as the real concept for that examination.
     */
    private static List<ImagingCode> buildImagingCodes() {
        List<ImagingCode> l = new ArrayList<>();
        Modality x = Modality.PLAIN_RADIOGRAPHY;
        add(l, "XCHES", 990101, "XR Chest", x, 30);
        add(l, "XABDO", 990102, "XR Abdomen", x, 5);
        add(l, "XKNEB", 990103, "XR Knee both", x, 3);
        add(l, "XKNEL", 990104, "XR Knee left", x, 4);
        add(l, "XKNER", 990105, "XR Knee right", x, 4);
        add(l, "XLSPI", 990106, "XR Lumbar spine", x, 4);
        add(l, "XPELV", 990107, "XR Pelvis", x, 5);
        add(l, "XHIPL", 990108, "XR Hip left", x, 3);
        add(l, "XHIPR", 990109, "XR Hip right", x, 3);
        add(l, "XHANL", 990110, "XR Hand left", x, 3);
        add(l, "XHANR", 990111, "XR Hand right", x, 3);
        add(l, "XANKL", 990112, "XR Ankle left", x, 3);
        add(l, "XANKR", 990113, "XR Ankle right", x, 3);
        add(l, "XWRIL", 990114, "XR Wrist left", x, 3);
        add(l, "XWRIR", 990115, "XR Wrist right", x, 3);
        add(l, "XSHOL", 990116, "XR Shoulder left", x, 2);
        add(l, "XSHOR", 990117, "XR Shoulder right", x, 2);
        l.add(new ImagingCode("XDEXA", CheckDigits.conceptId(990118), "DEXA Bone densitometry", x, NICIP_START,
                null, 2, Eligibility.AGED_40_AND_OVER));
        l.add(new ImagingCode("XSKUL", CheckDigits.conceptId(990119), "XR Skull", x, NICIP_START,
                LocalDate.of(2024, 3, 31), 0, Eligibility.ANYONE));

        Modality c = Modality.CT;
        // CHEAD has two rows: the SNOMED mapping changed in the 2014 October release
        l.add(new ImagingCode("CHEAD", CheckDigits.conceptId(990299), "CT Head", c, NICIP_START,
                LocalDate.of(2014, 9, 30), 0, Eligibility.ANYONE));
        l.add(new ImagingCode("CHEAD", CheckDigits.conceptId(990201), "CT Head", c, LocalDate.of(2014, 10, 1),
                null, 30, Eligibility.ANYONE));
        l.add(new ImagingCode("CCHES", "169069000", "CT Chest", c, NICIP_START, null, 15, Eligibility.ANYONE));
        l.add(new ImagingCode("CABPE", "419394006", "CT Abdomen and pelvis", c, NICIP_START, null, 20,
                Eligibility.ANYONE));
        l.add(new ImagingCode("CABDO", "169070004", "CT Abdomen", c, NICIP_START, null, 5, Eligibility.ANYONE));
        l.add(new ImagingCode("CCHAP", "418023006", "CT Chest abdomen and pelvis", c, NICIP_START, null, 15,
                Eligibility.ANYONE));
        l.add(new ImagingCode("CCOLO", CheckDigits.conceptId(990202), "CT Colonography", c,
                LocalDate.of(2012, 4, 1), null, 3, Eligibility.ANYONE));
        add(l, "CLSPI", 990203, "CT Lumbar spine", c, 3);

        Modality m = Modality.MRI;
        add(l, "MHEAD", 990301, "MRI Head", m, 30);
        add(l, "MKNEL", 990302, "MRI Knee left", m, 10);
        add(l, "MKNER", 990303, "MRI Knee right", m, 10);
        add(l, "MLSPI", 990304, "MRI Lumbar spine", m, 20);
        add(l, "MCSPI", 990305, "MRI Cervical spine", m, 8);
        add(l, "MSHOL", 990306, "MRI Shoulder left", m, 4);
        add(l, "MSHOR", 990307, "MRI Shoulder right", m, 4);
        add(l, "MPELV", 990308, "MRI Pelvis", m, 6);

        Modality u = Modality.ULTRASOUND;
        add(l, "UABDO", 990401, "US Abdomen", u, 30);
        add(l, "UPELV", 990402, "US Pelvis", u, 15);
        add(l, "UTHYD", 990403, "US Thyroid", u, 8);
        l.add(new ImagingCode("UOBST", CheckDigits.conceptId(990404), "US Obstetric", u, NICIP_START, null, 12,
                Eligibility.WOMEN_16_TO_45));
        add(l, "UKIDB", 990405, "US Kidneys both", u, 8);
        add(l, "UNECK", 990406, "US Neck", u, 4);
        l.add(new ImagingCode("UGALB", CheckDigits.conceptId(990407), "US Gallbladder", u, LocalDate.of(2012, 4, 1),
                LocalDate.of(2026, 6, 30), 0, Eligibility.ANYONE));

        Modality f = Modality.FLUOROSCOPY;
        add(l, "FSWAL", 990501, "Fluoroscopy Barium swallow", f, 40);
        add(l, "FBAEN", 990502, "Fluoroscopy Barium enema", f, 20);
        add(l, "FVIDS", 990503, "Fluoroscopy Video swallow", f, 20);

        Modality n = Modality.NUCLEAR_MEDICINE;
        add(l, "NBONW", 990601, "NM Bone whole body", n, 40);
        add(l, "NTHYR", 990602, "NM Thyroid", n, 20);
        add(l, "NMYOP", 990603, "NM Myocardial perfusion", n, 20);
        add(l, "NMREN", 990604, "NM Renogram", n, 20);
        return l;
    }

    private static void add(List<ImagingCode> l, String nicip, long item, String preferred, Modality m, int weight) {
        l.add(new ImagingCode(nicip, CheckDigits.conceptId(item), preferred, m, NICIP_START, null, weight,
                Eligibility.ANYONE));
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw new IllegalStateException("synthetic world is inconsistent: " + why);
        }
    }
}
