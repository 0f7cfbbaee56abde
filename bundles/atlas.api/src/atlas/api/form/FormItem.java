package atlas.api.form;

import java.util.List;

/**
 * One question of a form.
 *
 * @param id       stable key of the answer, e.g. "ndi.3"
 * @param title    what the therapist reads: a section title, or the licensed wording if supplied
 * @param type     how it is answered
 * @param min      smallest allowed value of a number, else null
 * @param max      largest allowed value of a number, else null
 * @param required whether the form can be scored without it
 * @param choices  the allowed answers of a choice item, in order; empty otherwise
 */
public record FormItem(String id, String title, ItemType type, Double min, Double max, boolean required,
        List<Choice> choices) {

    public FormItem {
        choices = List.copyOf(choices);
    }

    /** How an item is answered. */
    public enum ItemType {
        WHOLE_NUMBER, DECIMAL, CHOICE, TEXT
    }

    /**
     * An allowed answer.
     *
     * @param value stored in the response, e.g. "10" for a HIT-6 level
     * @param title shown to the therapist
     */
    public record Choice(String value, String title) {
    }

    public static FormItem wholeNumber(String id, String title, int min, int max, boolean required) {
        return new FormItem(id, title, ItemType.WHOLE_NUMBER, (double) min, (double) max, required, List.of());
    }

    public static FormItem choice(String id, String title, boolean required, List<Choice> choices) {
        return new FormItem(id, title, ItemType.CHOICE, null, null, required, choices);
    }

    public static FormItem text(String id, String title, boolean required) {
        return new FormItem(id, title, ItemType.TEXT, null, null, required, List.of());
    }
}
