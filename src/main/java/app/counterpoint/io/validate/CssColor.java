package app.counterpoint.io.validate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which colour texts a story may use: the CSS forms the timeline can draw (hex, rgb/rgba, hsl/hsla with commas, and
 * the 148 CSS named colours).
 */
final class CssColor {

    static final Set<String> NAMED_COLORS = Set.of(
            "aliceblue",
            "antiquewhite",
            "aqua",
            "aquamarine",
            "azure",
            "beige",
            "bisque",
            "black",
            "blanchedalmond",
            "blue",
            "blueviolet",
            "brown",
            "burlywood",
            "cadetblue",
            "chartreuse",
            "chocolate",
            "coral",
            "cornflowerblue",
            "cornsilk",
            "crimson",
            "cyan",
            "darkblue",
            "darkcyan",
            "darkgoldenrod",
            "darkgray",
            "darkgreen",
            "darkgrey",
            "darkkhaki",
            "darkmagenta",
            "darkolivegreen",
            "darkorange",
            "darkorchid",
            "darkred",
            "darksalmon",
            "darkseagreen",
            "darkslateblue",
            "darkslategray",
            "darkslategrey",
            "darkturquoise",
            "darkviolet",
            "deeppink",
            "deepskyblue",
            "dimgray",
            "dimgrey",
            "dodgerblue",
            "firebrick",
            "floralwhite",
            "forestgreen",
            "fuchsia",
            "gainsboro",
            "ghostwhite",
            "gold",
            "goldenrod",
            "gray",
            "green",
            "greenyellow",
            "grey",
            "honeydew",
            "hotpink",
            "indianred",
            "indigo",
            "ivory",
            "khaki",
            "lavender",
            "lavenderblush",
            "lawngreen",
            "lemonchiffon",
            "lightblue",
            "lightcoral",
            "lightcyan",
            "lightgoldenrodyellow",
            "lightgray",
            "lightgreen",
            "lightgrey",
            "lightpink",
            "lightsalmon",
            "lightseagreen",
            "lightskyblue",
            "lightslategray",
            "lightslategrey",
            "lightsteelblue",
            "lightyellow",
            "lime",
            "limegreen",
            "linen",
            "magenta",
            "maroon",
            "mediumaquamarine",
            "mediumblue",
            "mediumorchid",
            "mediumpurple",
            "mediumseagreen",
            "mediumslateblue",
            "mediumspringgreen",
            "mediumturquoise",
            "mediumvioletred",
            "midnightblue",
            "mintcream",
            "mistyrose",
            "moccasin",
            "navajowhite",
            "navy",
            "oldlace",
            "olive",
            "olivedrab",
            "orange",
            "orangered",
            "orchid",
            "palegoldenrod",
            "palegreen",
            "paleturquoise",
            "palevioletred",
            "papayawhip",
            "peachpuff",
            "peru",
            "pink",
            "plum",
            "powderblue",
            "purple",
            "rebeccapurple",
            "red",
            "rosybrown",
            "royalblue",
            "saddlebrown",
            "salmon",
            "sandybrown",
            "seagreen",
            "seashell",
            "sienna",
            "silver",
            "skyblue",
            "slateblue",
            "slategray",
            "slategrey",
            "snow",
            "springgreen",
            "steelblue",
            "tan",
            "teal",
            "thistle",
            "tomato",
            "turquoise",
            "violet",
            "wheat",
            "white",
            "whitesmoke",
            "yellow",
            "yellowgreen");

    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final String NUMBER = "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(%?)\\s*";
    private static final Pattern FUNCTION = Pattern.compile(
            "(rgba?|hsla?)\\(" + NUMBER + "," + NUMBER + "," + NUMBER + "(?:," + NUMBER + ")?\\)",
            Pattern.CASE_INSENSITIVE);

    private CssColor() {}

    static boolean isValid(String text) {
        String s = text.trim();
        if (s.startsWith("#")) {
            return HEX.matcher(s).matches();
        }
        if (s.indexOf('(') < 0) {
            return NAMED_COLORS.contains(s.toLowerCase(Locale.ROOT));
        }
        Matcher m = FUNCTION.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String function = m.group(1).toLowerCase(Locale.ROOT);
        boolean hasAlpha = m.group(8) != null;
        if (hasAlpha != function.endsWith("a")) {
            return false;
        }
        boolean inRange = function.startsWith("rgb")
                ? isChannel(m, 2) && isChannel(m, 4) && isChannel(m, 6)
                : isPlainNumber(m, 2) && isPercent(m, 4) && isPercent(m, 6);
        return inRange && (!hasAlpha || isAlpha(m, 8));
    }

    private static boolean isChannel(Matcher m, int group) {
        double v = Double.parseDouble(m.group(group));
        return m.group(group + 1).isEmpty() ? v >= 0 && v <= 255 : v >= 0 && v <= 100;
    }

    private static boolean isPlainNumber(Matcher m, int group) {
        return m.group(group + 1).isEmpty();
    }

    private static boolean isPercent(Matcher m, int group) {
        double v = Double.parseDouble(m.group(group));
        return !m.group(group + 1).isEmpty() && v >= 0 && v <= 100;
    }

    private static boolean isAlpha(Matcher m, int group) {
        double v = Double.parseDouble(m.group(group));
        return m.group(group + 1).isEmpty() ? v >= 0 && v <= 1 : v >= 0 && v <= 100;
    }
}
