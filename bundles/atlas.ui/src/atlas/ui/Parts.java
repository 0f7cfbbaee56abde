package atlas.ui;

import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opening the tabs of the main area: one per descriptor, or one per patient, brought to the front if open. */
public final class Parts {

    /**
     * Tag of a part whose unsaved work is asked about on closing (Save, Don't Save, Cancel) instead
     * of saved without asking: an editor whose typing may be refused or may be meant to be dropped.
     */
    public static final String ASK_BEFORE_CLOSING = "atlas.askBeforeClosing";

    /** The part stack of the main window (Application.e4xmi) that holds every area's tabs. */
    public static final String MAIN_STACK = "atlas.app.partstack.main";

    private Parts() {
    }

    /**
     * Shows the part made from {@code descriptor} whose persisted state has {@code value} under
     * {@code key} (any such part when {@code key} is null), creating it in the main stack if none is open.
     */
    public static MPart show(EPartService parts, EModelService models, MApplication application, String descriptor,
            String key, String value) {
        return show(parts, models, application, descriptor, key == null ? Map.of() : Map.of(key, value));
    }

    /**
     * Shows the part made from {@code descriptor} whose persisted state holds every entry of
     * {@code identity}, creating it with them in the main stack if none is open.
     */
    public static MPart show(EPartService parts, EModelService models, MApplication application, String descriptor,
            Map<String, String> identity) {
        MPart part = parts.getParts().stream().filter(open -> descriptor.equals(open.getElementId())
                && open.getPersistedState().entrySet().containsAll(identity.entrySet())).findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(descriptor);
            part.getPersistedState().putAll(identity);
            stackForNewTabs(models, application).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /**
     * The main stack; if the user dragged every tab out of it (and the clean-up add-on hid it), the
     * first stack still on screen, so a new tab is never added where nobody sees it.
     */
    private static MPartStack stackForNewTabs(EModelService models, MApplication application) {
        MPartStack main = (MPartStack) models.find(MAIN_STACK, application);
        if (main != null && main.isToBeRendered() && main.getWidget() != null) {
            return main;
        }
        return models.findElements(application, null, MPartStack.class, null).stream()
                .filter(stack -> stack.isToBeRendered() && stack.getWidget() != null).findFirst().orElse(main);
    }
}
