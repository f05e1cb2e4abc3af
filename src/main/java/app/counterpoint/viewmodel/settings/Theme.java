package app.counterpoint.viewmodel.settings;

/** The look of the whole window; each has a stylesheet applied on top of the base one. */
public enum Theme {
    LIGHT("Light", null),
    DARK("Dark", "theme-dark.css"),
    HIGH_CONTRAST("High contrast (projector)", "theme-high-contrast.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    /** The theme's name in English; the menu shows {@link #messageKey()}'s text. */
    public String label() {
        return label;
    }

    /** The key of the theme's name in the language bundles. */
    public String messageKey() {
        return "theme." + name();
    }

    /** The stylesheet's file name beside the base stylesheet, or null for the base look alone. */
    public String stylesheet() {
        return stylesheet;
    }

    /** The theme saved under a name, or LIGHT when the name is unknown (an old or damaged setting). */
    public static Theme fromName(String name) {
        for (Theme theme : values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
