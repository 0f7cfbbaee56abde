package atlas.app;

import java.util.Collection;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Parts;

/**
 * Closing a part or quitting saves what is unsaved without asking "Save changes?": in Atlas an
 * unsaved edit of a note is a draft, and a draft is never thrown away (the deliberate step is
 * signing). An editor tagged {@link Parts#ASK_BEFORE_CLOSING} (the plan of care) is asked about
 * instead - Save, Don't Save or Cancel - when the user closes it or quits. If a save fails - a
 * field is wrong, the store is unreachable, or another workstation changed the record - the part
 * stays dirty and open, and the close is cancelled, so the typing is still on screen.
 */
final class SaveWithoutAsking implements ISaveHandler {

    @Override
    public boolean save(MPart part, boolean confirm) {
        if (confirm && part.isDirty() && part.getTags().contains(Parts.ASK_BEFORE_CLOSING)) {
            Save answer = ask(part);
            if (answer == Save.CANCEL) {
                return false;
            }
            if (answer == Save.NO) {
                part.setDirty(false); // what was typed is dropped with the tab, as the user chose
                return true;
            }
        }
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
        return part.getTags().contains(Parts.ASK_BEFORE_CLOSING) ? ask(part) : Save.YES;
    }

    /** "Plan: Planck, Paula has changes that are not saved": Save, Don't Save or Cancel. */
    private static Save ask(MPart part) {
        Shell shell = part.getWidget() instanceof Control control && !control.isDisposed() ? control.getShell()
                : Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        String name = part.getLocalizedLabel() == null ? "" : part.getLocalizedLabel();
        MessageDialog question = new MessageDialog(shell, name, null, NLS.bind(Messages.unsaved_question, name),
                MessageDialog.QUESTION, 0, Messages.unsaved_save, Messages.unsaved_discard, Messages.unsaved_cancel);
        return switch (question.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL; // the third button, or Escape
        };
    }

    @Override
    public Save[] promptToSave(Collection<MPart> parts) {
        return parts.stream().map(this::promptToSave).toArray(Save[]::new);
    }
}
