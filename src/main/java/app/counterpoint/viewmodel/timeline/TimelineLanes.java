package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which lanes a story has in a lane mode and which of them each event belongs to. */
public final class TimelineLanes {

    private static final String OTHER_ID = "\u0000other";
    private static final int[] FIRST_LANE = {0};

    private final LaneMode mode;
    private final List<Lane> lanes;
    private final Map<String, Integer> indexById;

    private TimelineLanes(LaneMode mode, List<Lane> lanes) {
        this.mode = mode;
        this.lanes = List.copyOf(lanes);
        this.indexById = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            indexById.put(lanes.get(i).id(), i);
        }
    }

    /** One lane per actor or topic in story order, plus an "Other" lane when some event names none. */
    public static TimelineLanes of(Story story, LaneMode mode) {
        if (story == null || mode == null || mode == LaneMode.SINGLE) {
            return new TimelineLanes(LaneMode.SINGLE, List.of(new Lane("all", "", null)));
        }
        List<Lane> lanes = new ArrayList<>();
        if (mode == LaneMode.BY_ACTOR) {
            for (Actor actor : story.actors()) {
                lanes.add(new Lane(actor.id(), actor.name(), actor.color()));
            }
        } else {
            for (Topic topic : story.topics()) {
                lanes.add(new Lane(topic.id(), topic.label(), topic.color()));
            }
        }
        boolean someUnassigned = story.events().stream()
                .anyMatch(e -> (mode == LaneMode.BY_ACTOR ? e.actorIds() : e.topicIds()).isEmpty());
        if (someUnassigned || lanes.isEmpty()) {
            lanes.add(new Lane(OTHER_ID, "Other", null));
        }
        return new TimelineLanes(mode, lanes);
    }

    public LaneMode mode() {
        return mode;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The indices of the lanes {@code event} appears in, in lane order; never empty. */
    public int[] lanesOf(Event event) {
        if (mode == LaneMode.SINGLE) {
            return FIRST_LANE;
        }
        List<String> ids = mode == LaneMode.BY_ACTOR ? event.actorIds() : event.topicIds();
        int[] found = new int[ids.size()];
        int count = 0;
        for (String id : ids) {
            Integer lane = indexById.get(id);
            if (lane != null) {
                found[count++] = lane;
            }
        }
        Arrays.sort(found, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || found[distinct - 1] != found[i]) {
                found[distinct++] = found[i];
            }
        }
        found = Arrays.copyOf(found, distinct);
        if (found.length > 0) {
            return found;
        }
        Integer other = indexById.get(OTHER_ID);
        return new int[] {other != null ? other : lanes.size() - 1};
    }
}
