package app.counterpoint.model;

import java.util.List;

/**
 * Colours for actors and topics a story leaves uncoloured: the Okabe–Ito palette, chosen to stay distinguishable for
 * the common forms of colour blindness.
 */
public final class ColorPalette {

    private static final List<String> OKABE_ITO =
            List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000");

    private ColorPalette() {}

    /** The palette colour for the n-th uncoloured item (0-based); it cycles when a story has more items. */
    public static String colorFor(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }
}
