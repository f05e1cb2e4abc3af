package app.counterpoint.view.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Turns what a part of the window shows into a PNG, at 1x or 2x for crisp handouts and slides.
 */
public final class PngExporter {

    private PngExporter() {}

    /** Snapshots a node as it is drawn now, scaled; call on the FX thread. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    /** The image encoded as PNG. */
    public static byte[] encode(Image image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(toBufferedImage(image), "png", out)) {
            throw new IOException("no PNG writer is available");
        }
        return out.toByteArray();
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
