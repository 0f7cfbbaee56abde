package atlas.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/** Small widgets the areas build alike, each named for the UI tests. */
public final class Widgets {

    private Widgets() {
    }

    /** A read-only table with headers, lines and one column per title; the caller lays it out. */
    public static Table table(Composite parent, String id, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(AtlasContext.WIDGET_ID, id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(Math.max(70, title.length() * 8));
        }
        return table;
    }

    /**
     * Lays {@code table} out to fill its cell across {@code span} columns, at least {@code rows}
     * rows high with its header: a list a therapist works through shows more than a glimpse. One
     * row more is kept for the horizontal scroll bar a wide table shows.
     */
    public static void tableRows(Table table, int span, int rows) {
        GridDataFactory.fillDefaults().span(span, 1).grab(true, true)
                .hint(SWT.DEFAULT, table.getHeaderHeight() + (rows + 1) * table.getItemHeight()).applyTo(table);
    }

    /** Fits every column of {@code table} to its widest cell. */
    public static void packColumns(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    /** A label, then a text field of {@code width} pixels beside it. */
    public static Text labelledText(Composite parent, String label, String id, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A label, then a read-only choice of {@code items} with the first chosen. */
    public static Combo labelledCombo(Composite parent, String label, String id, String[] items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(AtlasContext.WIDGET_ID, id);
        combo.setItems(items);
        combo.select(0);
        return combo;
    }

    /** A push button that runs {@code action} when pressed. */
    public static Button button(Composite parent, String label, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(AtlasContext.WIDGET_ID, id);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** A check box. */
    public static Button check(Composite parent, String label, String id) {
        Button check = new Button(parent, SWT.CHECK);
        check.setText(label);
        check.setData(AtlasContext.WIDGET_ID, id);
        return check;
    }
}
