package app.counterpoint.draft;

import java.util.List;

/**
 * A side the drafter proposes: the institution (or person) some statements speak for.
 *
 * @param name    its name as the text writes it ("White House", "Kremlin")
 * @param aliases every way the article names its speakers ("A White House statement", "the statement")
 */
public record SideProposal(String id, String name, List<String> aliases) {

    public SideProposal {
        aliases = List.copyOf(aliases);
    }
}
