package atlas.outcomes.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;

import atlas.outcomes.chart.ChartImages;
import atlas.ui.AtlasContext;

/**
 * A JFreeChart drawn in SWT: rendered to an image at the canvas's size (JFreeChart draws with
 * Java2D; its SWT adapter cannot save, see platform notes), the points' tool tips shown on hover,
 * and a context menu to copy the chart or save it as PNG or SVG.
 */
final class ChartCanvas {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChartCanvas.class);

    private final Canvas canvas;
    private final JFreeChart chart;
    private final String name;
    private Image image;
    private ChartRenderingInfo info;
    private Point drawnAt = new Point(0, 0);
    private String shownTip;

    /** A chart drawn ahead, off the display thread: its pixels (SWT image data), size and hover areas. */
    record Drawn(ImageData pixels, Point size, ChartRenderingInfo info) {

        static Drawn of(JFreeChart chart, int width, int height) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            return new Drawn(toSwt(ChartImages.render(chart, width, height, info)), new Point(width, height), info);
        }
    }

    private Drawn ahead;

    /** @param name the chart's file name without extension, e.g. "ndi" */
    ChartCanvas(Composite parent, JFreeChart chart, String name) {
        this(parent, chart, name, null);
    }

    /** @param ahead the chart drawn in the background at the size expected on screen, or null */
    ChartCanvas(Composite parent, JFreeChart chart, String name, Drawn ahead) {
        this.chart = chart;
        this.name = name;
        this.ahead = ahead;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(AtlasContext.WIDGET_ID, "chart." + name);
        canvas.setData("chart", chart); // for the UI tests
        canvas.addPaintListener(event -> {
            Point size = canvas.getSize();
            if (size.x <= 0 || size.y <= 0) {
                return;
            }
            if (image == null || !size.equals(drawnAt)) {
                redraw(size);
            }
            event.gc.drawImage(image, 0, 0);
        });
        canvas.addListener(SWT.MouseMove, event -> hover(event.x, event.y));
        canvas.addListener(SWT.Dispose, event -> disposeImage());
        canvas.setMenu(menu());
    }

    Canvas control() {
        return canvas;
    }

    private void redraw(Point size) {
        long started = System.nanoTime();
        disposeImage();
        boolean drawnAhead = ahead != null && ahead.size().equals(size);
        if (drawnAhead) {
            info = ahead.info();
            image = new Image(canvas.getDisplay(), ahead.pixels());
        } else {
            info = new ChartRenderingInfo();
            image = new Image(canvas.getDisplay(), toSwt(ChartImages.render(chart, size.x, size.y, info)));
        }
        ahead = null; // a later size is drawn here
        drawnAt = size;
        LOG.debug("Chart {} shown at {} x {} in {} ms{}", name, size.x, size.y, (System.nanoTime() - started) / 1_000_000,
                drawnAhead ? " (drawn in the background)" : "");
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private void hover(int x, int y) {
        String tip = null;
        if (info != null) {
            ChartEntity entity = info.getEntityCollection().getEntity(x, y);
            tip = entity == null ? null : entity.getToolTipText();
        }
        if (tip == null ? shownTip != null : !tip.equals(shownTip)) {
            shownTip = tip;
            canvas.setToolTipText(tip);
        }
    }

    private Menu menu() {
        Menu menu = new Menu(canvas);
        item(menu, Messages.chart_copy, this::copy);
        item(menu, Messages.chart_savePng, () -> save("png"));
        item(menu, Messages.chart_saveSvg, () -> save("svg"));
        return menu;
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void copy() {
        Point size = canvas.getSize();
        Image copy = new Image(canvas.getDisplay(), toSwt(ChartImages.render(chart, Math.max(size.x, 640),
                Math.max(size.y, 360), null)));
        Clipboard clipboard = new Clipboard(canvas.getDisplay());
        try {
            clipboard.setContents(new Object[] { copy.getImageData() }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
            copy.dispose();
        }
    }

    /** Saves the chart as drawn on screen (at least 800 x 450) in the chosen file. */
    private void save(String format) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName(name + "." + format);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveTo(Path.of(chosen), format);
        }
    }

    void saveTo(Path file, String format) {
        int width = Math.max(canvas.getSize().x, 800);
        int height = Math.max(canvas.getSize().y, 450);
        try {
            if (format.equals("svg")) {
                Files.writeString(file, ChartImages.svg(chart, width, height), StandardCharsets.UTF_8);
            } else {
                Files.write(file, ChartImages.png(chart, width, height));
            }
        } catch (IOException e) {
            MessageDialog.openError(canvas.getShell(), Messages.chart_saveFailed,
                    NLS.bind(Messages.chart_saveFailedDetail, file, e.getMessage()));
        }
    }

    /** A Java2D RGB image as SWT image data, pixel for pixel. */
    static ImageData toSwt(BufferedImage rendered) {
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] pixels = ((DataBufferInt) rendered.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            data.setPixels(0, y, width, pixels, y * width);
        }
        return data;
    }
}
