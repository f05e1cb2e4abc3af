package app.counterpoint.view;

import java.util.List;
import javafx.scene.image.Image;

/** Counterpoint's icon at the sizes drawn from docs/icon/counterpoint.svg, for windows, task bars and dialogs. */
public final class AppIcons {

    /** The sizes a window system picks from: menus and title bars (16–32), task switchers and docks (48–256). */
    public static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {}

    /** The icon at {@code size} pixels square; {@code size} must be one of the rendered sizes (16–512). */
    public static Image ofSize(int size) {
        String resource = "/app/counterpoint/icons/counterpoint-" + size + ".png";
        var url = AppIcons.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no icon of " + size + " px: " + resource + " is missing");
        }
        return new Image(url.toExternalForm());
    }

    /** Every window size, smallest first, for {@code Stage.getIcons()}. */
    public static List<Image> forWindows() {
        return WINDOW_SIZES.stream().map(AppIcons::ofSize).toList();
    }
}
