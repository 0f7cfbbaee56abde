package atlas.assessments.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the assessments area; German in messages_de.properties. */
public final class Messages extends NLS {

    public static String form_title;
    public static String form_description;
    public static String form_save;
    public static String form_choose;
    public static String form_notScored;
    public static String form_result;
    public static String form_change;
    public static String form_noBaseline;
    public static String form_noVerdict;
    public static String form_noForms;

    static {
        NLS.initializeMessages("atlas.assessments.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
