package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.model.Actor;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects what an importer finds (topics, actors and sources by name, events, statements) and gives each a readable,
 * unique id, so imported stories look as if they had been written by hand and survive a save and reload.
 */
final class StoryAssembler {

    /** The one side of a story that names no sides, such as a TimelineJS timeline. */
    private static final int MAX_ID_LENGTH = 48;

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    /** What the story's file does not name is named in the importer's language. */
    private final ImportedNames names;

    private final UniqueIds topicIds = new UniqueIds();
    private final UniqueIds actorIds = new UniqueIds();
    private final UniqueIds sourceIds = new UniqueIds();
    private final UniqueIds eventIds = new UniqueIds();
    private final UniqueIds statementIds = new UniqueIds();
    private final List<Event> events = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    StoryAssembler(ImportedNames names) {
        this.names = names;
    }

    /** The id of the topic with this label, made on first use. */
    String topic(String label) {
        return topics.computeIfAbsent(
                        label,
                        l -> new Topic(topicIds.unique(slug(l, "topic")), l, ColorPalette.colorFor(topics.size())))
                .id();
    }

    /** The id of the actor with this name, made on first use. */
    String actor(String name) {
        return actors.computeIfAbsent(
                        name,
                        n -> new Actor(actorIds.unique(slug(n, "actor")), n, ColorPalette.colorFor(actors.size())))
                .id();
    }

    /**
     * The id of a source given by a link or a title; a web address is kept as the link, never fetched.
     *
     * @param reference a web address or a title
     * @param caption   a title to show instead of the bare address, or {@code null}
     * @param author    who made it (a credit line), or {@code null}
     */
    String source(String reference, String caption, String author) {
        String key = reference + "\u0000" + caption + "\u0000" + author;
        Source known = sources.get(key);
        if (known != null) {
            return known.id();
        }
        String url = webAddress(reference);
        String title = caption != null && !caption.isBlank() ? caption : reference;
        String base = url != null ? slug(host(url), "source") : slug(title, "source");
        Source source = new Source(sourceIds.unique(base), title, null, blankToNull(author), null, url);
        sources.put(key, source);
        return source.id();
    }

    /** A unique event id: the one wanted when it is free, else a numbered variant. */
    String eventId(String wanted, String title) {
        String base = wanted != null && !wanted.isBlank() ? slug(wanted, "event") : slug(title, "event");
        return eventIds.unique(base);
    }

    String statementId(String base) {
        return statementIds.unique(slug(base, "statement"));
    }

    void add(Event event) {
        events.add(event);
    }

    /**
     * Adds an entry of a timeline (TimelineJS, a timeline CSV, vis-timeline) as an event: under the id it wants when
     * that is free (else one made from the title), with no sides and its one source, if any.
     */
    void addTimelineEntry(
            String wantedId,
            String title,
            StoryDate start,
            StoryDate end,
            String text,
            List<String> topics,
            String sourceId) {
        add(new Event(
                eventId(wantedId, title),
                title,
                start,
                end,
                text,
                topics,
                List.of(),
                sourceId == null ? List.of() : List.of(sourceId)));
    }

    void add(Statement statement) {
        statements.add(statement);
    }

    /** The names given to what the file does not name. */
    ImportedNames names() {
        return names;
    }

    /** The story; one "Narrator" actor is added when the source named no sides, since a story needs one. */
    Story build(String title, String description) {
        if (actors.isEmpty()) {
            actor(names.narrator());
        }
        return new Story(
                title,
                blankToNull(description),
                List.copyOf(sources.values()),
                List.copyOf(actors.values()),
                List.copyOf(topics.values()),
                events,
                statements);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Lower-case words joined by hyphens, as the story format recommends for ids. */
    static String slug(String text, String fallback) {
        StringBuilder sb = new StringBuilder();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && sb.length() < MAX_ID_LENGTH; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? fallback : sb.toString();
    }

    /**
     * The ids of one kind given so far. Each base remembers the next number to try, so 100,000 events with one title
     * get "t", "t-2" … "t-100000" in linear time rather than each counting up from 2 again.
     */
    private static final class UniqueIds {
        private final Set<String> taken = new HashSet<>();
        private final Map<String, Integer> nextNumber = new HashMap<>();

        String unique(String base) {
            if (taken.add(base)) {
                return base;
            }
            int n = nextNumber.getOrDefault(base, 2);
            String id = base + "-" + n;
            while (!taken.add(id)) {
                id = base + "-" + ++n;
            }
            nextNumber.put(base, n + 1);
            return id;
        }
    }

    /** Why a group such as {@code <img src=x>} cannot become a topic. */
    static LocalText onlyMarkup(String written) {
        String shown = written.length() <= 40 ? written : written.substring(0, 40) + "…";
        return LocalText.of("problem.import.onlyMarkup", shown);
    }

    static boolean isWebAddress(String text) {
        return webAddress(text) != null;
    }

    /**
     * The text as a web link: an absolute http(s) address with a host and a possible port, trimmed, with the
     * characters a link may not hold as such ({@code < > " space} …) percent-encoded as browsers do, so
     * {@code https://a.example/?x=<b>} stays whole; {@code null} for anything else, such as an embed code.
     */
    static String webAddress(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        URI uri = parse(trimmed);
        if (uri == null) {
            trimmed = percentEncodeIllegal(trimmed);
            uri = parse(trimmed);
        }
        if (uri == null) {
            return null;
        }
        String scheme = uri.getScheme();
        boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        boolean port = uri.getPort() == -1 || (uri.getPort() >= 1 && uri.getPort() <= 65535);
        return web && uri.getHost() != null && !uri.getHost().isEmpty() && port ? trimmed : null;
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null; // not a link as written
        }
    }

    /** ASCII characters no part of a URI may hold, as %XX; everything else as it was. */
    private static String percentEncodeIllegal(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0 || c == 0x7F)) {
                sb.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String host(String url) {
        String host = URI.create(url.trim()).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
