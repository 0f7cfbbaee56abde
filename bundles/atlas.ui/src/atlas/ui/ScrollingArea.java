package atlas.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The body of an editor tab (plan of care, headache diary): its content fills the tab and
 * scrolls only when the tab is smaller than the content needs, wrapped texts wrapping at the
 * tab's width.
 */
public final class ScrollingArea {

    private final ScrolledComposite scroll;
    private final Composite content;

    /** A scrolling area in {@code parent} whose content (one column, named {@code id} for tests) is {@link #content()}. */
    public ScrollingArea(Composite parent, String id) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setData(AtlasContext.WIDGET_ID, id);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(content);
        scroll.setContent(content);
        scroll.addListener(SWT.Resize, e -> fit());
    }

    public Composite content() {
        return content;
    }

    /** The control to lay out in the tab. */
    public Control control() {
        return scroll;
    }

    /** After the content changed: its size at the tab's width, scroll bars only when it does not fit. */
    public void fit() {
        if (content.isDisposed()) {
            return;
        }
        int width = Math.max(scroll.getClientArea().width, content.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
    }

    /** Scrolls so that {@code control} (a refusal just said) is in sight. */
    public void reveal(Control control) {
        if (!control.isDisposed()) {
            scroll.showControl(control);
        }
    }
}
