package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a spreadsheet's own reading finds wrong (CsvTable, WorkbookTable, ZipGuard) is told in every language. */
class SheetProblemsInEveryLanguageTest {

    private static List<ValidationProblem> csv(String text) {
        Problems problems = new Problems("sheet.csv");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CsvTable.read(bytes, 0, bytes.length, problems);
        return problems.sorted();
    }

    private static ValidationProblem only(List<ValidationProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void theSheetsMistakesAreKeysToldInGermanAndInEveryOtherLanguage() {
        ValidationProblem repeated = only(csv("event,actor,event\n1,2,3\n"));
        assertEquals(
                "the column 'event' appears twice in the header (columns 1 and 3); keep one, or the cells of the"
                        + " second are lost",
                repeated.message());
        assertEquals(
                "die Spalte „event“ steht zweimal in der Kopfzeile (Spalten 1 und 3); behalten Sie eine, sonst gehen"
                        + " die Zellen der zweiten verloren",
                repeated.message(Language.GERMAN));

        Problems workbook = new Problems("sheet.xlsx");
        WorkbookTable.read(
                "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1), workbook, new StringBuilder());
        List<ValidationProblem> all =
                new java.util.ArrayList<>(only(workbook.sorted()) == null ? List.of() : workbook.sorted());
        all.addAll(csv("event,actor\n1,2,3\n"));
        all.addAll(csv("event,,actor\n1,2,3\n"));
        for (ValidationProblem problem : all) {
            assertFalse(problem.text().isVerbatim(), problem::message);
            for (Language language : Language.values()) {
                String words = problem.message(language);
                assertTrue(language == Language.ENGLISH || !words.equals(problem.message()), language + ": " + words);
            }
        }
        assertEquals(3, all.size(), all::toString);
    }
}
