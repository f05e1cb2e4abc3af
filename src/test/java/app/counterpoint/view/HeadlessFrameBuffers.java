package app.counterpoint.view;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Scene;

/**
 * Works around a defect of the headless (Monocle) screen that a window shrunk and grown again in a test trips over.
 *
 * <p>Each rendered frame of a window is copied into a pixel buffer that JavaFX keeps for the next frames
 * ({@code com.sun.prism.impl.QueuedPixelSource}); a frame smaller than the last reuses the larger buffer. Monocle's
 * headless screen, composing a frame onto its own, shortens that buffer's limit to the frame's size and never puts
 * it back. When the window then grows again (presenting after leaving it, a wider window after a narrower one), the
 * buffer is reused for the larger frame: its capacity is enough, but the view JavaFX takes of it ends at the old
 * limit, and the frame is dropped with "Too small int buffer size 1280x800 [1024000] &gt; 786432" on the console.
 * Seen about 27 times a {@code mvn verify} in the tests that present, resize or switch screen sizes.
 *
 * <p>{@link #keepWhole(Scene)} hands the scene's pixel source a list of saved buffers that, as JavaFX takes a buffer
 * out to reuse it, first gives it back its whole length ({@link Buffer#clear()}: position 0, limit its capacity),
 * which is what the reuse assumes. Only the test window's rendering is touched, never the app's code; on a pipeline
 * without that pixel source (a real screen) nothing is done.
 */
final class HeadlessFrameBuffers {

    private HeadlessFrameBuffers() {}

    /** Makes the shown {@code scene}'s saved frame buffers whole again before each reuse; call on the FX thread. */
    static void keepWhole(Scene scene) {
        Object peer = field(scene, Scene.class, "peer");
        Object painter = peer == null ? null : field(peer, peer.getClass(), "painter");
        if (painter == null || !painter.getClass().getSimpleName().equals("UploadingPainter")) {
            return; // not drawn through an uploaded pixel buffer: nothing to mend
        }
        Object source = field(painter, painter.getClass(), "pixelSource");
        synchronized (source) {
            @SuppressWarnings("unchecked")
            List<WeakReference<?>> saved = (List<WeakReference<?>>) field(source, source.getClass(), "saved");
            if (!(saved instanceof WholeOnReuse)) {
                set(source, "saved", new WholeOnReuse(saved));
            }
        }
    }

    /** The saved buffers; one taken out (to be reused or dropped) gets its whole length back first. */
    private static final class WholeOnReuse extends ArrayList<WeakReference<?>> {

        private static final long serialVersionUID = 1L;

        WholeOnReuse(Collection<WeakReference<?>> saved) {
            super(saved);
        }

        @Override
        public WeakReference<?> remove(int index) {
            WeakReference<?> removed = super.remove(index);
            Object pixels = removed.get();
            if (pixels != null) {
                buffer(pixels).clear();
            }
            return removed;
        }

        private static Buffer buffer(Object pixels) {
            try {
                return (Buffer) pixels.getClass().getMethod("getPixels").invoke(pixels);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("JavaFX's Pixels has no getPixels() any more", e);
            }
        }
    }

    private static Object field(Object owner, Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + name, e);
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name + " (JavaFX changed?)");
    }

    private static void set(Object owner, String name, Object value) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(owner, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot replace " + owner.getClass().getName() + "." + name, e);
        }
    }
}
