package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * UK postcodes: an outward code (area letters + district) plausible for the town, and an inward
 * code (digit + two letters from the 20 the Royal Mail uses there). Outside the towns of
 * {@link KnownTowns}, the area is the one whose (approximate) centre is nearest the town.
 */
final class Postcodes {
    /** Letters allowed in the inward code's unit: no C, I, K, M, O or V. */
    static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    static final int INWARD_CODES = 10 * 20 * 20;

    private record AreaCentre(String area, double lat, double lng) {
    }

    private static final List<AreaCentre> AREAS = new ArrayList<>();

    static {
        String table = "AB 57.15 -2.10;B 52.48 -1.90;BA 51.38 -2.36;BB 53.75 -2.48;BD 53.79 -1.75;BH 50.72 -1.88;"
                + "BL 53.58 -2.43;BN 50.83 -0.14;BR 51.40 0.02;BS 51.45 -2.59;CA 54.89 -2.93;CB 52.20 0.12;"
                + "CF 51.48 -3.18;CH 53.19 -2.89;CM 51.73 0.47;CO 51.89 0.90;CR 51.37 -0.10;CT 51.28 1.08;"
                + "CV 52.41 -1.51;CW 53.10 -2.44;DA 51.45 0.21;DD 56.46 -2.97;DE 52.92 -1.48;DG 55.07 -3.60;"
                + "DH 54.78 -1.57;DL 54.52 -1.55;DN 53.52 -1.13;DT 50.71 -2.44;DY 52.51 -2.08;E 51.53 -0.03;"
                + "EH 55.95 -3.19;EN 51.65 -0.08;EX 50.72 -3.53;FK 56.00 -3.78;FY 53.82 -3.05;G 55.86 -4.25;"
                + "GL 51.86 -2.24;GU 51.24 -0.57;HA 51.58 -0.34;HD 53.65 -1.78;HG 54.00 -1.54;HP 51.75 -0.47;"
                + "HR 52.06 -2.72;HS 58.21 -6.39;HU 53.74 -0.33;HX 53.72 -1.86;IG 51.56 0.08;IP 52.06 1.15;"
                + "IV 57.48 -4.22;KA 55.61 -4.50;KT 51.41 -0.30;KW 58.98 -2.96;KY 56.11 -3.16;L 53.41 -2.98;"
                + "LA 54.05 -2.80;LD 52.24 -3.38;LE 52.64 -1.13;LL 53.32 -3.83;LN 53.23 -0.54;LS 53.80 -1.55;"
                + "LU 51.88 -0.42;M 53.48 -2.24;ME 51.38 0.52;MK 52.04 -0.76;ML 55.79 -3.99;N 51.57 -0.11;"
                + "NE 54.97 -1.61;NG 52.95 -1.15;NN 52.24 -0.90;NP 51.59 -3.00;NR 52.63 1.30;NW 51.55 -0.18;"
                + "OL 53.54 -2.12;OX 51.75 -1.26;PA 55.85 -4.42;PE 52.57 -0.24;PH 56.40 -3.43;PL 50.37 -4.14;"
                + "PO 50.80 -1.09;PR 53.76 -2.70;RG 51.45 -0.97;RH 51.24 -0.17;RM 51.56 0.18;S 53.38 -1.47;"
                + "SA 51.62 -3.94;SE 51.47 -0.05;SG 51.90 -0.20;SK 53.41 -2.16;SL 51.51 -0.59;SM 51.36 -0.19;"
                + "SN 51.56 -1.78;SO 50.90 -1.40;SP 51.07 -1.79;SR 54.90 -1.38;SS 51.54 0.71;ST 53.00 -2.18;"
                + "SW 51.46 -0.17;SY 52.71 -2.75;TA 51.02 -3.10;TD 55.60 -2.80;TF 52.68 -2.45;TN 51.20 0.27;"
                + "TQ 50.46 -3.53;TR 50.26 -5.05;TS 54.57 -1.23;TW 51.45 -0.34;UB 51.53 -0.45;W 51.51 -0.20;"
                + "WA 53.39 -2.59;WC 51.52 -0.12;WD 51.66 -0.40;WF 53.68 -1.50;WN 53.55 -2.63;WR 52.19 -2.22;"
                + "WS 52.59 -1.98;WV 52.59 -2.13;YO 53.96 -1.08;ZE 60.15 -1.15";
        for (String entry : table.split(";")) {
            String[] f = entry.split(" ");
            AREAS.add(new AreaCentre(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
    }

    private Postcodes() {
    }

    /** The postcode area (letters) whose centre is nearest. */
    static String nearestArea(LatLng point) {
        AreaCentre best = null;
        double bestDistance = Double.MAX_VALUE;
        for (AreaCentre a : AREAS) {
            double d = point.distanceM(new LatLng(a.lat, a.lng));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best.area;
    }

    /** One to three districts for a town we know nothing about: its area plus numbers fixed by its name. */
    static List<String> fallbackDistricts(String townName, LatLng centre) {
        String area = nearestArea(centre);
        long h = Rng.hash(townName);
        int first = (int) Math.floorMod(h, 20) + 1;
        List<String> districts = new ArrayList<>(List.of(area + first));
        if (Math.floorMod(h >>> 8, 3) == 0) {
            districts.add(area + (first % 20 + 1));
        }
        return districts;
    }

    /** Inward code number {@code n} of {@link #INWARD_CODES}, e.g. {@code 4HX}. */
    static String inward(long n) {
        return "" + (char) ('0' + n % 10) + UNIT_LETTERS.charAt((int) (n / 10 % 20)) + UNIT_LETTERS.charAt((int) (n / 200 % 20));
    }

    static String letters(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }
}
