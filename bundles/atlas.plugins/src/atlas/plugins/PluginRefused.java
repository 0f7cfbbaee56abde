package atlas.plugins;

/** A plugin change that cannot be made, said in the user's language and naming what is wrong. */
public class PluginRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginRefused(String message) {
        super(message);
    }

    public PluginRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
