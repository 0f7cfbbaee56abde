package atlas.ui;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * What a document editor (plan of care, headache diary, a visit's forms) tells the tab it sits in:
 * whether it holds typing not stored yet, and that it stored a change the record should read again.
 */
public interface EditorHost {

    /** Typing differs from what is stored (true), or no longer (false): the tab's star. */
    void dirty(boolean dirty);

    /** A change was stored: the record's banner and charts read it again. */
    void changed();

    /** The host of an editor in {@code part}: the star on the part, {@code changed} run after each stored change. */
    static EditorHost of(MPart part, Runnable changed) {
        return new EditorHost() {
            @Override
            public void dirty(boolean dirty) {
                part.setDirty(dirty);
            }

            @Override
            public void changed() {
                changed.run();
            }
        };
    }
}
