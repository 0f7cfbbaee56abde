package atlas.measures;

/**
 * Why an answer or a form cannot be scored.
 *
 * @param item    the item as stored, e.g. "ndi.5" or "hit6" for the whole form
 * @param message what is wrong and what is allowed, in the user's language
 */
public record ItemProblem(String item, String message) {

    @Override
    public String toString() {
        return item + ": " + message;
    }
}
