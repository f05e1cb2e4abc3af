package app.counterpoint.viewmodel.common;

import app.counterpoint.model.Topic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each topic's shape by its place in the story's list of topics: the shape its events have on the timeline and its
 * chip in the filter, so the details, the comparison and the coverage matrix draw the same one beside its colour.
 * By the story's list, not by the topics shown: a topic keeps its shape while the filter hides others.
 */
public final class TopicShapes {

    /** For no story: every topic is one the story does not list. */
    public static final TopicShapes NONE = new TopicShapes(List.of());

    private final Map<String, MarkerShape> byId = new HashMap<>();

    /** @param storyTopics the story's topics, in its order */
    public TopicShapes(List<Topic> storyTopics) {
        for (int i = 0; i < storyTopics.size(); i++) {
            byId.putIfAbsent(storyTopics.get(i).id(), MarkerShape.forIndex(i));
        }
    }

    /** The topic's shape; the ring, as an event on no topic has, for one the story does not list. */
    public MarkerShape of(String topicId) {
        return byId.getOrDefault(topicId, MarkerShape.RING);
    }

    /** The topic with its shape. */
    public ShapedTopic shaped(Topic topic) {
        return new ShapedTopic(topic, of(topic.id()));
    }
}
