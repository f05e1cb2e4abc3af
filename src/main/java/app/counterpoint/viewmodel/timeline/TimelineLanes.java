package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lanes a story has in a lane mode and which of them each event belongs to. By side, an event belongs to the
 * sides it names and to every side with a statement about it: a story's events often name no side at all, and the
 * sides that spoke are what a reader looks for in that lane.
 */
public final class TimelineLanes {

    private static final String OTHER_ID = "\u0000other";
    private static final int[] FIRST_LANE = {0};

    private final LaneMode mode;
    private final List<Lane> lanes;
    private final Map<String, Integer> indexById;
    /** By side: the sides each event with statements belongs to (its own and its speakers'), by event id. */
    private final Map<String, List<String>> sidesByEvent;

    private TimelineLanes(LaneMode mode, List<Lane> lanes, Map<String, List<String>> sidesByEvent) {
        this.mode = mode;
        this.lanes = List.copyOf(lanes);
        this.sidesByEvent = sidesByEvent;
        this.indexById = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            indexById.put(lanes.get(i).id(), i);
        }
    }

    /** One lane per actor or topic in story order, plus an "Other" lane when some event belongs to none. */
    public static TimelineLanes of(Story story, LaneMode mode) {
        if (story == null || mode == null || mode == LaneMode.SINGLE) {
            return new TimelineLanes(LaneMode.SINGLE, List.of(new Lane("all", "", null)), Map.of());
        }
        List<Lane> lanes = new ArrayList<>();
        Map<String, List<String>> sidesByEvent = Map.of();
        if (mode == LaneMode.BY_ACTOR) {
            for (Actor actor : story.actors()) {
                lanes.add(new Lane(actor.id(), actor.name(), actor.color()));
            }
            sidesByEvent = sidesByEvent(story);
        } else {
            for (Topic topic : story.topics()) {
                lanes.add(new Lane(topic.id(), topic.label(), topic.color()));
            }
        }
        Map<String, List<String>> sides = sidesByEvent;
        boolean someUnassigned = story.events().stream()
                .anyMatch(e -> (mode == LaneMode.BY_ACTOR ? sides.getOrDefault(e.id(), e.actorIds()) : e.topicIds())
                        .isEmpty());
        if (someUnassigned || lanes.isEmpty()) {
            lanes.add(new Lane(OTHER_ID, "Other", null));
        }
        return new TimelineLanes(mode, lanes, sidesByEvent);
    }

    /** The sides of every event that has statements: the ones it names first, then its speakers in story order. */
    private static Map<String, List<String>> sidesByEvent(Story story) {
        Map<String, Set<String>> sides = new HashMap<>();
        for (Statement statement : story.statements()) {
            sides.computeIfAbsent(statement.eventId(), k -> new LinkedHashSet<>())
                    .add(statement.actorId());
        }
        Map<String, List<String>> out = new HashMap<>(sides.size() * 4 / 3 + 1);
        for (Event event : story.events()) {
            Set<String> spoken = sides.get(event.id());
            if (spoken != null) {
                Set<String> all = new LinkedHashSet<>(event.actorIds());
                all.addAll(spoken);
                out.put(event.id(), List.copyOf(all));
            }
        }
        return out;
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
        List<String> ids =
                mode == LaneMode.BY_ACTOR ? sidesByEvent.getOrDefault(event.id(), event.actorIds()) : event.topicIds();
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
