package app.counterpoint.view.timeline.layout;

import java.util.Optional;

/**
 * The glide after a drag released with speed: the view keeps moving the way it was dragged and slows to a stop in
 * {@link #DURATION} seconds. The speed falls as (1 - t/D)², so the motion eases out without a jolt and covers
 * {@code velocity × D / 3} pixels in all. Pure: a function of the release velocity and the time since the release.
 *
 * @param velocity the pointer's speed at release in pixels per second; positive when it moved right
 */
public record PanGlide(double velocity) {

    /** Seconds from release to standstill: short, so the view settles before the eye looks for what came in. */
    public static final double DURATION = 0.5;
    /** Releases slower than this (pixels per second) end the pan where the pointer let go. */
    static final double MIN_SPEED = 400;
    /** A fling faster than this glides as if at this speed, so one flick cannot throw the view a screen away. */
    public static final double MAX_SPEED = 6_000;

    /** The glide after a release at {@code velocity} pixels per second; empty when the release was slow. */
    public static Optional<PanGlide> after(double velocity) {
        if (!(Math.abs(velocity) >= MIN_SPEED)) {
            return Optional.empty();
        }
        return Optional.of(new PanGlide(Math.copySign(Math.min(Math.abs(velocity), MAX_SPEED), velocity)));
    }

    /** The speed {@code seconds} after release, pixels per second; 0 from {@link #DURATION} on. */
    double velocityAt(double seconds) {
        double left = remaining(seconds);
        return velocity * left * left;
    }

    /** How far the view has moved {@code seconds} after release, in pixels the way it was dragged. */
    public double offsetAt(double seconds) {
        double left = remaining(seconds);
        return velocity * DURATION / 3 * (1 - left * left * left);
    }

    /** How far the view moves in all. */
    double distance() {
        return velocity * DURATION / 3;
    }

    public boolean isOverAt(double seconds) {
        return seconds >= DURATION;
    }

    /** The share of the glide still to come: 1 at release, 0 at its end. */
    private static double remaining(double seconds) {
        return 1 - Math.max(0, Math.min(seconds, DURATION)) / DURATION;
    }
}
