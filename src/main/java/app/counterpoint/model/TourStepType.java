package app.counterpoint.model;

/** How a tour step shows its comparison. */
public enum TourStepType {
    /** The comparison as it is. */
    SHOW("show"),
    /**
     * "What did each side leave out?": first only the cells where a side said nothing, then, on the next click, what
     * the other sides said there.
     */
    LEFT_OUT("left-out");

    private final String jsonName;

    TourStepType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The word used in story files. */
    public String jsonName() {
        return jsonName;
    }

    /** The type a story file's {@code type} value names, or {@code null} when the word is not one of them. */
    public static TourStepType fromJsonName(String name) {
        for (TourStepType type : values()) {
            if (type.jsonName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
