package app.counterpoint.viewmodel.search;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.text.TextRange;

/**
 * One place the search found its text.
 *
 * @param statement the statement it is in, for {@link MatchPlace#STATEMENT}; null otherwise
 * @param range     where in that text (the title, the summary or the statement's own text)
 */
public record SearchMatch(Event event, MatchPlace place, Statement statement, TextRange range) {}
