package app.counterpoint.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.help.ShortcutArea;
import app.counterpoint.viewmodel.settings.Theme;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles and the code agree, as JabRef's LocalizationConsistencyTest checks: every key the code asks for is in
 * every language, no language has a key the code never asks for, each translation has exactly the English
 * placeholders, every text is a valid message (or, for date.*, a valid date pattern), and every count has each
 * plural form its language uses for numbers below a thousand (Russian one, few, many; Arabic all six).
 */
class LocalizationConsistencyTest {

    /** A message key given as a literal to one of the look-ups, or to the views' helpers that make a labelled item. */
    private static final Pattern KEY_USE = Pattern.compile("\\b(?:text|textWith|get|has|format|item|menu|exportItem"
            + "|comparisonTextItem|entries|label|button|tooltip)\\((?:\\s*\\w+\\s*,)?\\s*\""
            + "([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    /** Any literal that looks like a key: one handed on to a look-up through a variable or a choice counts as used. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern PLURAL_FORM = Pattern.compile("\\b(zero|one|two|few|many|other)\\s*\\{");

    /** The keys of the problems bundle ({@link LocalText}): what is wrong in a story file. */
    private static final String PROBLEM_PREFIX = "problem.";

    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);
    private static final Map<Language, Properties> PROBLEM_BUNDLES = new EnumMap<>(Language.class);

    @BeforeAll
    static void load() {
        load("messages", BUNDLES);
        load("problems", PROBLEM_BUNDLES);
    }

    private static void load(String name, Map<Language, Properties> bundles) {
        for (Language language : Language.values()) {
            String suffix =
                    language == Language.ENGLISH ? "" : "_" + language.locale().getLanguage();
            String resource = "/app/counterpoint/i18n/" + name + suffix + ".properties";
            try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
                assertTrue(in != null, "no bundle " + resource);
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundles.put(language, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every literal of the code that names a key of the problems bundle ("problem.…"). */
    static Set<String> problemKeysInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(1).startsWith(PROBLEM_PREFIX)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }

    @Test
    void everyProblemKeyTheCodeNamesIsInEveryLanguageAndNoOtherIs() throws IOException {
        Set<String> used = problemKeysInCode();
        assertTrue(used.size() > 100, "the reader's messages are keys: " + used.size());
        List<String> wrong = new ArrayList<>();
        PROBLEM_BUNDLES.forEach((language, bundle) -> {
            used.stream().filter(k -> !bundle.containsKey(k)).forEach(k -> wrong.add(language + " lacks " + k));
            bundle.stringPropertyNames().stream()
                    .filter(k -> !used.contains(k))
                    .sorted()
                    .forEach(k -> wrong.add(language + " has unused " + k));
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyProblemTranslationHasTheEnglishPlaceholdersAndIsAValidMessage() {
        assertEquals(List.of(), wrongPlaceholders(PROBLEM_BUNDLES));
        assertEquals(List.of(), invalidTexts(PROBLEM_BUNDLES));
    }

    /** The keys the code names: literals in look-ups, and those made from enums and precisions. */
    static Set<String> keysUsedInCode() throws IOException {
        return keysIn(KEY_USE);
    }

    /** Every literal of the code that is a key of the English bundle, and the keys made from enums. */
    static Set<String> keysMentionedInCode() throws IOException {
        Set<String> mentioned = keysIn(KEY_LITERAL);
        mentioned.retainAll(BUNDLES.get(Language.ENGLISH).stringPropertyNames());
        mentioned.addAll(keysUsedInCode());
        return mentioned;
    }

    private static Set<String> keysIn(Pattern use) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).startsWith(PROBLEM_PREFIX)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Shortcut s : Shortcut.values()) {
            used.add(s.messageKey());
        }
        for (ShortcutArea a : ShortcutArea.values()) {
            used.add(a.messageKey());
        }
        for (Theme t : Theme.values()) {
            used.add(t.messageKey());
        }
        for (DatePrecision p : DatePrecision.values()) {
            if (p.isCoarserThanYear()) {
                continue; // deep time keeps StoryDate's texts for now (DisplayDates)
            }
            String key = "date." + p.name().toLowerCase(Locale.ROOT);
            used.add(key);
            used.add(key + ".bce");
        }
        used.add("date.daymonth");
        return used;
    }

    @Test
    void everyKeyTheCodeUsesIsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String key : keysUsedInCode()) {
            for (Language language : Language.values()) {
                if (!BUNDLES.get(language).containsKey(key)) {
                    missing.add(language + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noBundleHasKeysTheCodeNeverUses() throws IOException {
        Set<String> used = keysMentionedInCode();
        List<String> unused = new ArrayList<>();
        BUNDLES.forEach((language, bundle) -> bundle.stringPropertyNames().stream()
                .filter(k -> !used.contains(k))
                .sorted()
                .forEach(k -> unused.add(language + ": " + k)));
        assertEquals(List.of(), unused);
    }

    @Test
    void everyTranslationHasTheEnglishPlaceholders() {
        assertEquals(List.of(), wrongPlaceholders(BUNDLES));
    }

    private static List<String> wrongPlaceholders(Map<Language, Properties> bundles) {
        Properties english = bundles.get(Language.ENGLISH);
        List<String> wrong = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties bundle = bundles.get(language);
            for (String key : english.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text != null && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    wrong.add(language + ": " + key + " has " + placeholders(text) + ", English "
                            + placeholders(english.getProperty(key)));
                }
            }
        }
        return wrong;
    }

    @Test
    void everyTextIsAValidMessageOrDatePatternWithEveryPluralFormItsLanguageNeeds() {
        assertEquals(List.of(), invalidTexts(BUNDLES));
    }

    private static List<String> invalidTexts(Map<Language, Properties> bundles) {
        List<String> wrong = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            Set<String> needed = pluralFormsBelowAThousand(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                try {
                    if (key.startsWith("date.") && !text.contains("{")) {
                        DateTimeFormatter.ofPattern(text, language.locale());
                        continue;
                    }
                    new MessageFormat(text, ULocale.forLocale(language.numberLocale()));
                } catch (IllegalArgumentException e) {
                    wrong.add(language + ": " + key + ": " + e.getMessage());
                    continue;
                }
                String[] plurals = text.split("plural,", -1);
                for (int i = 1; i < plurals.length; i++) {
                    String plural = plurals[i];
                    Set<String> forms = new TreeSet<>();
                    Matcher m = PLURAL_FORM.matcher(plural);
                    while (m.find()) {
                        forms.add(m.group(1));
                    }
                    if (!forms.containsAll(needed)) {
                        wrong.add(language + ": " + key + " has the plural forms " + forms + ", needs " + needed);
                    }
                }
            }
        });
        return wrong;
    }

    private static Set<String> pluralFormsBelowAThousand(Language language) {
        PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language.locale()));
        Set<String> forms = new TreeSet<>();
        for (int n = 0; n < 1000; n++) {
            forms.add(rules.select(n));
        }
        return forms;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
