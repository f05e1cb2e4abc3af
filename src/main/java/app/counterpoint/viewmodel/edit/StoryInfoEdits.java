package app.counterpoint.viewmodel.edit;

import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Story;

/** The edit of the story's own title and description. */
public final class StoryInfoEdits {

    private StoryInfoEdits() {}

    public static StoryEdit change(Story story, String title, String description) {
        StoryChecks.require("Title", FieldRules.requiredText(title));
        String shownDescription = description == null || description.isBlank() ? null : description;
        return new StoryEdit(
                EditName.of("editName.story.title"),
                new StoryChange(
                        story.title(),
                        title,
                        story.description(),
                        shownDescription,
                        ListChange.none(),
                        ListChange.none(),
                        ListChange.none(),
                        ListChange.none(),
                        ListChange.none(),
                        ListChange.none()),
                null,
                null);
    }
}
