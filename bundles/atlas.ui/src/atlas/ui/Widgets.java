package atlas.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

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

    /** A check box. */
    public static Button check(Composite parent, String label, String id) {
        Button check = new Button(parent, SWT.CHECK);
        check.setText(label);
        check.setData(AtlasContext.WIDGET_ID, id);
        return check;
    }
}
