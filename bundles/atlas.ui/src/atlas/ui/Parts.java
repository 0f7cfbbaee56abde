package atlas.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opening the tabs of the main area: one per descriptor, or one per patient, brought to the front if open. */
public final class Parts {

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
        MPart part = parts.getParts().stream().filter(open -> descriptor.equals(open.getElementId())
                && (key == null || value.equals(open.getPersistedState().get(key)))).findFirst().orElse(null);
        if (part == null) {
            part = parts.createPart(descriptor);
            if (key != null) {
                part.getPersistedState().put(key, value);
            }
            ((MPartStack) models.find(MAIN_STACK, application)).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
