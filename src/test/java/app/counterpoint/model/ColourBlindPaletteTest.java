package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default colours of sides and topics stay apart for readers with protanopia or deuteranopia: each pair of the
 * first eight, seen through Machado, Oliveira and Fernandes's (2009) full-severity simulation in linear RGB, differs
 * by at least {@value #MIN_DELTA_E} in CIELAB (ΔE*ab 1976; 2.3 is a just-noticeable difference, 10 is plainly
 * another colour).
 */
class ColourBlindPaletteTest {

    private static final double MIN_DELTA_E = 10;

    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
    };
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
    };
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    @Test
    void theDefaultPaletteStaysDistinguishableForEveryKindOfColourVision() {
        List<String> tooClose = new ArrayList<>();
        for (double[][] vision : List.of(NORMAL, PROTANOPIA, DEUTERANOPIA)) {
            String name = vision == NORMAL ? "normal" : vision == PROTANOPIA ? "protanopia" : "deuteranopia";
            for (int i = 0; i < 8; i++) {
                for (int j = i + 1; j < 8; j++) {
                    double d = deltaE(
                            lab(seen(vision, ColorPalette.colorFor(i))), lab(seen(vision, ColorPalette.colorFor(j))));
                    if (d < MIN_DELTA_E) {
                        tooClose.add(name + ": " + ColorPalette.colorFor(i) + " and " + ColorPalette.colorFor(j)
                                + " differ by " + Math.round(d));
                    }
                }
            }
        }
        assertTrue(tooClose.isEmpty(), String.join("\n", tooClose));
    }

    @Test
    void theSimulationTellsApartColoursThatOnlyHueSeparates() {
        // red and green of equal lightness are what deuteranopes confuse: the check must be able to fail
        double normal = deltaE(lab(seen(NORMAL, "#C85A00")), lab(seen(NORMAL, "#5A8C00")));
        double deuteranope = deltaE(lab(seen(DEUTERANOPIA, "#C85A00")), lab(seen(DEUTERANOPIA, "#5A8C00")));
        assertTrue(deuteranope < normal / 2, normal + " vs " + deuteranope);
    }

    private static double[] seen(double[][] m, String hex) {
        double[] rgb = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
            rgb[c] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2];
            out[i] = Math.max(0, Math.min(1, s));
        }
        return out;
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
