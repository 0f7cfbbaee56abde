package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import atlas.ui.InBackground;

/**
 * A user who waits longer than half a second sees the busy cursor on the window until the outcome
 * is shown; a shorter wait shows nothing (no flicker); two waits at once keep it until both are over.
 */
class BusyCursorUiTest {

    @Test
    void aWaitLongerThanHalfASecondShowsTheBusyCursor() throws Exception {
        Shell main = Workbench.mainShell();
        Display display = main.getDisplay();
        Workbench.databaseReady();
        Cursor busy = onUi(display, () -> display.getSystemCursor(SWT.CURSOR_WAIT));

        List<Cursor> duringShort = new CopyOnWriteArrayList<>();
        CountDownLatch shortOver = new CountDownLatch(1);
        display.syncExec(() -> InBackground.run(main, "a short wait", () -> pause(150), done -> shortOver.countDown(),
                failed -> shortOver.countDown()));
        while (!shortOver.await(40, TimeUnit.MILLISECONDS)) {
            duringShort.add(onUi(display, main::getCursor));
        }
        Thread.sleep(600); // past the half second: nothing comes late
        assertTrue(duringShort.stream().noneMatch(cursor -> cursor == busy), "no busy cursor for 150 ms");
        assertEquals(null, onUi(display, main::getCursor));

        CountDownLatch longOver = new CountDownLatch(1);
        CountDownLatch secondOver = new CountDownLatch(1);
        display.syncExec(() -> {
            InBackground.run(main, "a long wait", () -> pause(1500), done -> longOver.countDown(),
                    failed -> longOver.countDown());
            InBackground.run(main, "a longer wait", () -> pause(2200), done -> secondOver.countDown(),
                    failed -> secondOver.countDown());
        });
        Thread.sleep(250);
        assertEquals(null, onUi(display, main::getCursor), "not yet at a quarter second");
        Thread.sleep(700);
        assertEquals(busy, onUi(display, main::getCursor), "busy after half a second");
        assertTrue(longOver.await(5, TimeUnit.SECONDS));
        assertEquals(busy, onUi(display, main::getCursor), "still busy: the second wait goes on");
        assertTrue(secondOver.await(5, TimeUnit.SECONDS));
        Thread.sleep(100);
        assertEquals(null, onUi(display, main::getCursor), "the arrow again when both are over");
    }

    private static Integer pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return 1;
    }
}
