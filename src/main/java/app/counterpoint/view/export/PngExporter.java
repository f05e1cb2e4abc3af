package app.counterpoint.view.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Saves what a part of the window shows as a PNG, at 1x or 2x for crisp handouts and slides. The file is written
 * beside its target and moved over it only when complete, so a failed export never leaves half an image.
 */
public final class PngExporter {

    private PngExporter() {
    }

    /** Snapshots a node as it is drawn now, scaled; call on the FX thread. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    public static void write(Image image, Path target) throws IOException {
        BufferedImage pixels = toBufferedImage(image);
        Path dir = target.toAbsolutePath().getParent();
        // a plain new file (not createTempFile, which is owner-only) so the image gets the user's usual permissions
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("no PNG writer is available");
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies the pixels without javafx.swing, which the app does not otherwise need. */
    static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            result.setRGB(0, y, width, 1, row, 0, width);
        }
        return result;
    }
}
