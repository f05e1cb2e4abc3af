package app.counterpoint.draft;

import java.util.Locale;
import java.util.Set;

/** Words that make a name an organisation's rather than a person's ("Hartfield City Council", "Northline Energy"). */
final class Organisations {

    /** Nouns that, lower-cased, stand for an organisation named before: "the council", "the company". */
    private static final Set<String> NOUNS = Lexicon.words(
            "council",
            "union",
            "party",
            "company",
            "firm",
            "government",
            "ministry",
            "department",
            "university",
            "court",
            "commission",
            "agency",
            "board",
            "group",
            "committee",
            "administration",
            "authority",
            "nation",
            "federation",
            "association",
            "foundation",
            "institute",
            "trust",
            "organisation",
            "organization",
            "coalition",
            "alliance",
            "movement",
            "bank",
            "club",
            "league",
            "operator",
            "network",
            "service",
            "team",
            "regulator",
            "office",
            "embassy",
            "campaign",
            "school",
            "hospital",
            "college",
            "parliament",
            "assembly",
            "cabinet",
            "delegation",
            "directorate",
            "inspectorate",
            "tribunal",
            "panel",
            "military",
            "army",
            "police");

    /** Capitalised words found in organisations' names. */
    private static final Set<String> NAME_WORDS = Lexicon.words(
            "union",
            "council",
            "party",
            "house",
            "government",
            "ministry",
            "department",
            "office",
            "commission",
            "court",
            "energy",
            "university",
            "college",
            "nation",
            "nations",
            "authority",
            "board",
            "agency",
            "group",
            "bank",
            "committee",
            "association",
            "federation",
            "institute",
            "trust",
            "service",
            "services",
            "corporation",
            "company",
            "inc",
            "ltd",
            "plc",
            "llc",
            "press",
            "news",
            "echo",
            "times",
            "post",
            "kremlin",
            "parliament",
            "assembly",
            "regulator",
            "foundation",
            "coalition",
            "alliance",
            "league",
            "club",
            "network",
            "airlines",
            "airways",
            "motors",
            "technologies",
            "systems",
            "holdings",
            "partners",
            "fund",
            "organisation",
            "organization",
            "school",
            "hospital",
            "trust",
            "congress",
            "senate",
            "police",
            "army",
            "navy",
            "force",
            "forces",
            "republic",
            "kingdom",
            "states",
            "state",
            "nhs",
            "bbc",
            "cabinet",
            "embassy");

    private Organisations() {}

    /** Nouns that may stand for a national government: "the ministry", "the administration". */
    private static final Set<String> GOVERNMENT_NOUNS = Lexicon.words(
            "government",
            "ministry",
            "department",
            "administration",
            "embassy",
            "office",
            "cabinet",
            "delegation",
            "military",
            "army",
            "authority",
            "agency",
            "commission");

    static boolean isGovernmentNoun(String lowerWord) {
        return GOVERNMENT_NOUNS.contains(lowerWord);
    }

    static boolean isOrganisationNoun(String lowerWord) {
        return NOUNS.contains(lowerWord);
    }

    static boolean isOrganisationWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return NAME_WORDS.contains(w);
    }
}
