package atlas.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.core.validation.ValidationException;

/**
 * A dialog whose fields are checked as they are typed: each error is marked at its field and
 * named in the title area with the allowed value, and the save button stays disabled until the
 * record is valid. Errors the store finds on saving (a record number already in use) are shown
 * the same way and the dialog stays open with everything typed.
 */
public abstract class ValidatedDialog extends TitleAreaDialog {

    private final String id;
    private final String title;
    private final String description;
    private final String saveLabel;
    protected final FieldDecorations decorations = new FieldDecorations();
    /** Errors found outside {@link #check()}, by source: the store on saving, a background check. */
    private final Map<String, List<FieldError>> foundElsewhere = new LinkedHashMap<>();
    private static final String STORE = "store";
    /** Shell data key holding the error now shown in the title area, or null: read by UI tests. */
    public static final String SHOWN_ERROR = "atlas.dialog.error";
    /** Shell data key: the header's plain message while no error is shown, for UI tests. */
    public static final String SHOWN_MESSAGE = "atlas.dialog.message";
    /** A save is under way in the background. */
    private final DialogState state;

    protected ValidatedDialog(Shell parent, String id, String title, String description, String saveLabel) {
        super(parent);
        this.id = id;
        this.title = title;
        this.description = description;
        this.saveLabel = saveLabel;
        setShellStyle(getShellStyle() | SWT.RESIZE);
        this.state = new DialogState(id, title);
    }

    /** Builds the fields into a two-column grid (label, widget). */
    protected abstract void createFields(Composite grid);

    /** The errors of what is typed now; called after every change. */
    protected abstract List<FieldError> check();

    /** The store write of a save, made off the display thread. */
    @FunctionalInterface
    protected interface Saving {
        void run() throws StoreException;
    }

    /**
     * Reads what was typed (on the display thread) and returns the write that saves it, which runs
     * in the background: the window never waits for the store. When it returns, the dialog closes;
     * when it throws a {@link ValidationException}, the dialog stays open with the errors marked.
     */
    protected abstract Saving save();

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        shell.setData(AtlasContext.WIDGET_ID, id);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(description);
        Composite grid = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(16, 12).spacing(14, 8).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        createFields(grid);
        return area;
    }

    /** A label and, right of it, the given widget stretched over the remaining width. */
    protected <T extends Control> T labelled(Composite grid, String label, T control) {
        Label text = new Label(grid, SWT.NONE);
        text.setText(label);
        text.moveAbove(control);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(text);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(control);
        return control;
    }

    /**
     * A multi-line text for {@code field} across both columns, its label above it: checked as
     * typed, with undo, and Tab moving on to the next field.
     */
    protected Text multiLineField(Composite grid, String field, String label, String id, int maxLength,
            int heightHint) {
        Label caption = new Label(grid, SWT.NONE);
        caption.setText(label);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(caption);
        Text text = new Text(grid, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        text.setData(AtlasContext.WIDGET_ID, id);
        text.setTextLimit(maxLength);
        TextHistory.attach(text);
        TextKeys.tabMovesFocus(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, heightHint).applyTo(text);
        decorations.add(field, label, text);
        watch(text);
        return text;
    }

    /** Re-checks after every change of {@code control}. */
    protected void watch(Control control) {
        control.addListener(SWT.Modify, e -> revalidate());
        control.addListener(SWT.Selection, e -> revalidate());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button save = createButton(parent, IDialogConstants.OK_ID, saveLabel, true);
        save.setData(AtlasContext.WIDGET_ID, "dialog.save");
        Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
        cancel.setData(AtlasContext.WIDGET_ID, "dialog.cancel");
        revalidate();
    }

    /**
     * What the user should know before saving what they typed, which does not keep it from being
     * saved (a booking beyond the referral's sessions); shown in place of the description. None: null.
     */
    protected String warning() {
        return null;
    }

    /** Replaces the errors that {@code source} found outside {@link #check()} and re-checks. */
    protected void setErrorsFoundElsewhere(String source, List<FieldError> errors) {
        foundElsewhere.put(source, List.copyOf(errors));
        revalidate();
    }

    protected final void revalidate() {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>(check());
        foundElsewhere.values().forEach(errors::addAll);
        Optional<String> shown = decorations.show(errors);
        getShell().setData(SHOWN_ERROR, shown.orElse(null));
        if (shown.isPresent()) {
            setErrorMessage(shown.get());
        } else {
            setErrorMessage(null);
            // before anything is typed the dialog says what it is for; once the user has started,
            // the next field still needed, as guidance (no error mark); when all are valid, again what it is for
            String said = errors.isEmpty() || !decorations.anyTouched() ? description
                    : decorations.describe(errors.get(0));
            String warning = warning(); // said at once: it matters more than the next field needed
            if (warning != null) {
                said = warning;
            }
            setMessage(said, warning == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
            getShell().setData(SHOWN_MESSAGE, said);
        }
        Button save = getButton(IDialogConstants.OK_ID);
        if (save != null) {
            save.setEnabled(errors.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        Saving saving;
        try {
            saving = save();
        } catch (ValidationException refused) {
            refused(refused);
            return;
        }
        // while a save is under way nothing closes the dialog and nothing saves twice
        state.inBackground(getShell(), enabled -> {
            for (int button : new int[] { IDialogConstants.OK_ID, IDialogConstants.CANCEL_ID }) {
                if (getButton(button) != null) {
                    getButton(button).setEnabled(enabled);
                }
            }
            if (enabled) {
                revalidate();
            }
        }, () -> {
            saving.run();
            return Boolean.TRUE;
        }, saved -> super.okPressed(), this::refused);
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!state.busy()) {
            super.handleShellCloseEvent();
        }
    }

    @Override
    protected org.eclipse.jface.dialogs.IDialogSettings getDialogBoundsSettings() {
        return state.bounds();
    }

    @Override
    protected int getDialogBoundsStrategy() {
        return DialogState.STRATEGY;
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return DialogState.initialSize(getShell(), super.getInitialSize());
    }

    @Override
    public boolean close() {
        return DialogState.keepSizes(super.close());
    }

    private void refused(Exception failed) {
        if (failed instanceof ValidationException refused) {
            decorations.touchAll();
            List<FieldError> errors = refused.errors();
            setErrorsFoundElsewhere(STORE, errors);
            refusedByStore(errors);
            errors.stream().findFirst().flatMap(error -> decorations.control(error.field()))
                    .ifPresent(Control::setFocus);
        } else if (failed instanceof StoreException store) {
            setErrorMessage(store.getMessage());
            getShell().setData(SHOWN_ERROR, store.describe());
        } else {
            setErrorMessage(failed.getMessage());
            getShell().setData(SHOWN_ERROR, failed.getMessage());
        }
    }

    /**
     * The store refused the save with {@code errors}, now shown: a dialog whose fields rest on what
     * the store holds (a series's proposed times) reads it again here.
     */
    protected void refusedByStore(List<FieldError> errors) {
    }

    /** Clears the store's verdict on {@code field} once the user changes it again. */
    protected void forgetErrorsOnChange(String field, Control control) {
        control.addListener(SWT.Modify, e -> forgetStoreErrors(field));
    }

    /** Clears the store's verdict on {@code field}: the user acted on it. */
    protected final void forgetStoreErrors(String field) {
        List<FieldError> fromStore = foundElsewhere.getOrDefault(STORE, List.of());
        if (fromStore.stream().anyMatch(error -> error.field().equals(field))) {
            setErrorsFoundElsewhere(STORE, fromStore.stream().filter(error -> !error.field().equals(field)).toList());
        }
    }
}
