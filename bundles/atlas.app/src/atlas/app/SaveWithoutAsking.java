package atlas.app;

import java.util.Collection;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;

/**
 * Closing a part or quitting saves what is unsaved without asking "Save changes?": in Atlas an
 * unsaved edit is a draft, and a draft is never thrown away (the deliberate step is signing). If a
 * save fails - the store is unreachable, or another workstation changed the record - the part stays
 * dirty and open, and the close is cancelled, so the typing is still on screen.
 */
final class SaveWithoutAsking implements ISaveHandler {

    @Override
    public boolean save(MPart part, boolean confirm) {
        Object contribution = part.getObject();
        IEclipseContext context = part.getContext();
        if (contribution != null && context != null) {
            ContextInjectionFactory.invoke(contribution, Persist.class, context, null);
        }
        return !part.isDirty();
    }

    @Override
    public boolean saveParts(Collection<MPart> parts, boolean confirm) {
        boolean allSaved = true;
        for (MPart part : parts) {
            allSaved &= save(part, confirm);
        }
        return allSaved;
    }

    @Override
    public Save promptToSave(MPart part) {
        return Save.YES;
    }

    @Override
    public Save[] promptToSave(Collection<MPart> parts) {
        Save[] answers = new Save[parts.size()];
        java.util.Arrays.fill(answers, Save.YES);
        return answers;
    }
}
