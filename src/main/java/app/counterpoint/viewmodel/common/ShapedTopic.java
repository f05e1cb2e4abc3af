package app.counterpoint.viewmodel.common;

import app.counterpoint.model.Topic;
import java.util.Objects;

/** A topic as a view shows it beside its name: its colour and its shape, so colour is never the only cue. */
public record ShapedTopic(Topic topic, MarkerShape shape) {

    public ShapedTopic {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(shape, "shape");
    }

    public String label() {
        return topic.label();
    }

    public String color() {
        return topic.color();
    }
}
