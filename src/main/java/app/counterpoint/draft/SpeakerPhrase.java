package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a speaker phrase names, as written, before it is resolved against the rest of the article: a pronoun
 * ("he"), a person ("Russian President Vladimir Putin": the person Vladimir Putin, speaking for "Russian"), or
 * whom an unnamed speaker speaks for ("A White House statement": the White House; "a spokesman for the company":
 * "the company"; "a council spokeswoman": the council).
 *
 * @param text     the phrase as written in the article
 * @param pronoun  the pronoun, lower-cased, when the phrase is one; else {@code null}
 * @param person   the person's name ("Vladimir Putin"), or {@code null}
 * @param owner    whom the speaker speaks for, as written ("Russian", "the company", "its", "MWU"), or {@code null}
 * @param headNoun the lower-cased noun of an unnamed speaker ("statement", "spokeswoman"), or {@code null}
 */
record SpeakerPhrase(String text, String pronoun, String person, String owner, String headNoun) {

    /** The surname a person is referred to by later: the last word of the name. */
    String surname() {
        if (person == null) {
            return null;
        }
        String[] words = person.split(" ");
        return words[words.length - 1];
    }

    /**
     * Reads a phrase from its tokens and, for "Dave Pritchard, the MWU's regional organiser", the appositive's.
     *
     * @return the phrase, or {@code null} when the tokens name nobody
     */
    static SpeakerPhrase parse(String article, List<Token> tokens, List<Token> appositive) {
        if (tokens.isEmpty()) {
            return null;
        }
        String text = article.substring(
                tokens.get(0).start(),
                (appositive.isEmpty() ? tokens : appositive)
                        .get((appositive.isEmpty() ? tokens : appositive).size() - 1)
                        .end());
        SpeakerPhrase main = parseOne(article, tokens);
        if (appositive.isEmpty() || main == null) {
            return main == null ? null : main.withText(text);
        }
        SpeakerPhrase second = parseOne(article, appositive);
        if (second == null) {
            return main.withText(text);
        }
        String person = main.person != null ? main.person : second.person;
        String owner = main.owner != null ? main.owner : second.owner;
        if (main.person == null && second.person == null && capitalised(second.owner)) {
            owner = second.owner; // "Xinhua, China's state news agency": it speaks for China
        }
        if (main.person == null && main.owner == null && main.headNoun == null && second.person != null) {
            owner = null;
        }
        String head = main.headNoun != null ? main.headNoun : second.headNoun;
        if (person == null && main.pronoun == null && owner == null && second.owner == null) {
            return main.withText(text);
        }
        return new SpeakerPhrase(text, null, person, owner, head);
    }

    private static boolean capitalised(String s) {
        return s != null && !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private SpeakerPhrase withText(String newText) {
        return new SpeakerPhrase(newText, pronoun, person, owner, headNoun);
    }

    private static SpeakerPhrase parseOne(String article, List<Token> all) {
        List<Token> tokens = new ArrayList<>(all);
        String text = span(article, tokens);
        if (tokens.size() == 1 && Lexicon.PRONOUNS.contains(tokens.get(0).bare())) {
            return new SpeakerPhrase(text, tokens.get(0).bare(), null, null, null);
        }
        String possessiveOwner = null;
        while (!tokens.isEmpty() && Lexicon.DETERMINERS.contains(tokens.get(0).bare())) {
            String det = tokens.remove(0).bare();
            if (det.equals("its") || det.equals("their") || det.equals("his") || det.equals("her")) {
                possessiveOwner = det;
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        // "X's Y": the owner is everything up to the possessive ("China's", "the MWU's", "Putin's")
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).possessive()) {
                possessiveOwner = ownerText(article, tokens.subList(0, i + 1));
                tokens = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                break;
            }
        }
        // "a spokesman for the company", "Judge Teresa Alvarez of the Superior Court", not "Cree Nation of Red Willow"
        for (int i = 1; possessiveOwner == null && i < tokens.size() - 1; i++) {
            Token t = tokens.get(i);
            if (t.isLower("of") || t.isLower("for") || t.isLower("from") || t.isLower("at")) {
                List<Token> head = tokens.subList(0, i);
                boolean headNamed = head.stream().anyMatch(Token::capitalised);
                Person headPerson = Person.of(head);
                if (!headNamed || headPerson != null) {
                    String owner = ownerText(article, tokens.subList(i + 1, tokens.size()));
                    return new SpeakerPhrase(
                            text,
                            null,
                            headPerson == null ? null : headPerson.name(article),
                            owner,
                            headPerson == null ? headNoun(head) : null);
                }
                break;
            }
        }
        Person person = Person.of(tokens);
        if (person != null) {
            String owner = person.owner.isEmpty() ? possessiveOwner : span(article, person.owner);
            return new SpeakerPhrase(text, null, person.name(article), owner, null);
        }
        List<Token> named = new ArrayList<>();
        for (Token t : tokens) {
            if (t.capitalised()) {
                named.add(t);
            } else if (!named.isEmpty()) {
                break;
            }
        }
        String head = headNoun(tokens);
        if (!named.isEmpty()) {
            boolean wholeIsName = named.size() == tokens.size();
            if (wholeIsName && possessiveOwner == null && Person.looksLikeName(named)) {
                return new SpeakerPhrase(text, null, span(article, named), null, null);
            }
            String owner = possessiveOwner != null && wholeIsName ? possessiveOwner : null;
            String org = possessiveOwner != null && !wholeIsName ? possessiveOwner : span(article, named);
            if (possessiveOwner != null && !wholeIsName) {
                return new SpeakerPhrase(text, null, null, org, head);
            }
            return new SpeakerPhrase(text, null, null, owner != null ? owner : org, head);
        }
        if (head == null) {
            return null;
        }
        if (possessiveOwner != null) {
            return new SpeakerPhrase(text, null, null, possessiveOwner, head);
        }
        // "a council spokeswoman", "the union": the first organisation noun is whom it speaks for
        for (Token t : tokens) {
            if (Lexicon.SPEAKER_NOUNS.contains(t.bare()) && Organisations.isOrganisationNoun(t.bare())) {
                return new SpeakerPhrase(text, null, null, t.bare(), head);
            }
        }
        return new SpeakerPhrase(text, null, null, null, head);
    }

    private static String headNoun(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String w = tokens.get(i).bare();
            if (Lexicon.SPEAKER_NOUNS.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static String ownerText(String article, List<Token> tokens) {
        List<Token> rest = new ArrayList<>(tokens);
        while (!rest.isEmpty() && Lexicon.DETERMINERS.contains(rest.get(0).bare())) {
            if (rest.size() == 1) {
                return rest.get(0).bare();
            }
            rest.remove(0);
        }
        if (rest.isEmpty()) {
            return null;
        }
        String s = span(article, rest);
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'") || s.endsWith("’")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static String span(String article, List<Token> tokens) {
        return article.substring(
                tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    /** A person's name in a phrase, with the words before its title that say whom the person speaks for. */
    private record Person(List<Token> owner, List<Token> name) {

        String name(String article) {
            return span(article, name);
        }

        /** "Russian President Vladimir Putin", "Green group leader Rosa Klein", "Councillor Amrit Sandhu". */
        static Person of(List<Token> tokens) {
            int lastTitle = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (Lexicon.TITLES.contains(tokens.get(i).bare())
                        && !tokens.get(i).possessive()) {
                    lastTitle = i;
                }
            }
            if (lastTitle < 0 || lastTitle == tokens.size() - 1) {
                return null;
            }
            List<Token> name = tokens.subList(lastTitle + 1, tokens.size());
            if (!looksLikeName(name)) {
                return null;
            }
            int ownerEnd = lastTitle;
            while (ownerEnd > 0 && !tokens.get(ownerEnd - 1).capitalised()) {
                ownerEnd--; // "Green group leader": the owner is "Green"
            }
            while (ownerEnd > 0
                    && Lexicon.TITLES.contains(tokens.get(ownerEnd - 1).bare())) {
                ownerEnd--; // "Prime Minister", "Vice President"
            }
            while (ownerEnd > 0
                    && Lexicon.SPEAKER_MODIFIERS.contains(
                            tokens.get(ownerEnd - 1).bare())) {
                ownerEnd--; // "Prime" in "Prime Minister", "Foreign" in "Egyptian Foreign Minister"
            }
            return new Person(List.copyOf(tokens.subList(0, ownerEnd)), List.copyOf(name));
        }

        /** One to four capitalised words, no acronym or organisation word among them: "Sharon Graham", "Tai". */
        static boolean looksLikeName(List<Token> words) {
            if (words.isEmpty() || words.size() > 4) {
                return false;
            }
            for (Token w : words) {
                if (!w.word()
                        || !(w.capitalised()
                                || w.text().startsWith("al-")
                                || w.text().startsWith("bin"))) {
                    return false;
                }
                if (w.possessive()
                        || Organisations.isOrganisationWord(w.text())
                        || Gazetteer.standard().knows(w.text())) {
                    return false;
                }
                if (w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
            return words.size() > 1;
        }
    }
}
