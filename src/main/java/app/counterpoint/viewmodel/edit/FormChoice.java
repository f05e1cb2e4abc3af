package app.counterpoint.viewmodel.edit;

import app.counterpoint.viewmodel.common.Choice;

/** One side, topic or source a form lets the user tick, with its colour (or null) for the view. */
public final class FormChoice extends Choice {

    public FormChoice(String id, String label, String color, boolean selected) {
        super(id, label, color, selected);
    }
}
