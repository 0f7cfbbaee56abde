package atlas.patients.ui.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import atlas.core.dates.ClinicDates;
import atlas.core.episode.OpeningHours;
import atlas.core.episode.ScheduledVisit;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitStatus;
import atlas.core.episode.WeekSchedule;
import atlas.core.episode.WeekSchedule.Column;
import atlas.core.episode.WeekSchedule.FreeTime;
import atlas.patients.ui.Labels;
import atlas.ui.AtlasContext;

/**
 * The calendar's drawing and its keys and mouse (issue 18): columns side by side (a therapist's
 * days, or the therapists of a day), the opening hours in quarter hours down the side, visits as
 * blocks, free time tinted. A cursor cell is moved by the arrows (Enter or a double-click books
 * there); Alt+arrows move the visit under the cursor a quarter hour or a column; a visit dragged
 * with the mouse moves where it is dropped. Where the cursor stands is kept as widget data
 * ({@link #CURSOR}) for tests and screen readers alike.
 */
final class CalendarCanvas {

    /** Widget data: the cursor's column and start, "clinicianId|yyyy-MM-ddTHH:mm". */
    static final String CURSOR = "atlas.calendar.cursor";
    /** Room for the hours down the side, measured on the first paint ("10:00 PM" in the reader's form). */
    private int gutter = 52;
    private static final int HEADER = 34;

    /** What the user asks of a place in the calendar. */
    interface Actions {
        void book(Column column, LocalDateTime start);

        /** @return whether the move was taken up (not while the last one is being saved) */
        boolean move(ScheduledVisit visit, Column to, LocalDateTime start);
    }

    private final Canvas canvas;
    private final ClinicDates times = ClinicDates.forPlatform();
    private OpeningHours hours;
    private final Actions actions;
    private final java.util.function.Function<Column, String> heading;
    private List<Column> columns = List.of();
    private int cursorColumn;
    private int cursorSlot;
    private ScheduledVisit dragged;
    private final Color visitColour;
    private final Color arrivedColour;
    private final Color freeColour;
    private final Color lineColour;

    CalendarCanvas(Composite parent, OpeningHours hours, java.util.function.Function<Column, String> heading,
            Actions actions) {
        this.hours = hours;
        this.actions = actions;
        this.heading = heading;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData(AtlasContext.WIDGET_ID, "calendar.grid");
        visitColour = new Color(new RGB(207, 226, 243));
        arrivedColour = new Color(new RGB(214, 236, 208));
        freeColour = new Color(new RGB(246, 250, 244));
        lineColour = new Color(new RGB(225, 225, 225));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT
                || e.detail == SWT.TRAVERSE_TAB_PREVIOUS || e.detail == SWT.TRAVERSE_ESCAPE);
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            if (place(e.x, e.y)) {
                bookAtCursor();
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    /** The clinic's hours as read with the week: the grid's rows follow them. */
    void hours(OpeningHours read) {
        if (!read.equals(hours)) {
            hours = read;
            cursorSlot = Math.min(cursorSlot, Math.max(0, slots() - 1));
            canvas.redraw();
        }
    }

    /** Shows {@code shown}; the cursor stays where it was as far as it can. */
    void show(List<Column> shown) {
        columns = List.copyOf(shown);
        cursorColumn = Math.max(0, Math.min(cursorColumn, columns.size() - 1));
        cursorSlot = Math.max(0, Math.min(cursorSlot, slots() - 1));
        publishCursor();
        canvas.redraw();
    }

    /** Puts the cursor on {@code start} in the column {@code index}. */
    void cursorAt(int index, LocalDateTime start) {
        cursorColumn = Math.max(0, Math.min(index, columns.size() - 1));
        cursorSlot = slotOf(start);
        publishCursor();
        canvas.redraw();
    }

    private int slots() {
        return (int) (Duration.between(hours.opens(), hours.closes()).toMinutes() / WeekSchedule.SLOT_MINUTES);
    }

    private int slotOf(LocalDateTime start) {
        long minutes = Duration.between(hours.opens(), start.toLocalTime()).toMinutes();
        return (int) Math.max(0, Math.min(slots() - 1, minutes / WeekSchedule.SLOT_MINUTES));
    }

    private LocalDateTime startOf(Column column, int slot) {
        return column.day().atTime(hours.opens()).plusMinutes((long) slot * WeekSchedule.SLOT_MINUTES);
    }

    private double slotHeight() {
        return Math.max(8.0, (canvas.getClientArea().height - HEADER) / (double) slots());
    }

    private double columnWidth() {
        return columns.isEmpty() ? 1 : (canvas.getClientArea().width - gutter) / (double) columns.size();
    }

    private Rectangle cell(int column, LocalDateTime from, LocalDateTime to) {
        double minute = slotHeight() / WeekSchedule.SLOT_MINUTES;
        long top = Duration.between(hours.opens(), from.toLocalTime()).toMinutes();
        long bottom = Duration.between(hours.opens(), to.toLocalTime()).toMinutes();
        int x = gutter + (int) Math.round(column * columnWidth());
        int y = HEADER + (int) Math.round(top * minute);
        return new Rectangle(x + 1, y, (int) Math.round(columnWidth()) - 2, Math.max(4, (int) Math.round((bottom - top) * minute)));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gutter = gc.textExtent(times.time(java.time.LocalTime.of(22, 0))).x + 10;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        for (int index = 0; index < columns.size(); index++) { // free time first: the lines stay visible on it
            gc.setBackground(freeColour);
            for (FreeTime free : columns.get(index).free()) {
                gc.fillRectangle(cell(index, free.start(), free.end()));
            }
        }
        double height = slotHeight();
        for (int slot = 0; slot <= slots(); slot++) { // the hours down the side, a line each quarter
            int y = HEADER + (int) Math.round(slot * height);
            gc.setForeground(slot % 4 == 0 ? canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY) : lineColour);
            gc.drawLine(gutter, y, area.width, y);
            if (slot % 4 == 0 && slot < slots()) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                gc.drawText(times.time(hours.opens().plusMinutes(slot * (long) WeekSchedule.SLOT_MINUTES)), 4, y + 1, true);
            }
        }
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            int x = gutter + (int) Math.round(index * columnWidth());
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.drawLine(x, 0, x, area.height);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.setClipping(x + 2, 0, (int) columnWidth() - 4, HEADER);
            gc.drawText(heading.apply(column), x + 4, 4, true);
            gc.setClipping((Rectangle) null);
            for (ScheduledVisit visit : column.visits()) {
                paintVisit(gc, index, visit);
            }
        }
        if (canvas.isFocusControl() && !columns.isEmpty()) {
            LocalDateTime start = startOf(columns.get(cursorColumn), cursorSlot);
            Rectangle cursor = cell(cursorColumn, start, start.plusMinutes(WeekSchedule.SLOT_MINUTES));
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(cursor);
            gc.setLineWidth(1);
        }
    }

    private void paintVisit(GC gc, int index, ScheduledVisit scheduled) {
        Visit visit = scheduled.visit();
        Rectangle cell = cell(index, visit.getStartsAt(), visit.endsAt());
        gc.setBackground(visit.getStatus() == VisitStatus.ARRIVED || visit.getStatus() == VisitStatus.COMPLETED
                ? arrivedColour : visitColour);
        gc.fillRectangle(cell);
        gc.setForeground(canvas.getDisplay().getSystemColor(scheduled == dragged ? SWT.COLOR_LIST_SELECTION
                : SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(cell);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setClipping(cell);
        gc.drawText(times.time(visit.getStartsAt()) + " " + scheduled.patientName() + " - "
                + Labels.visitType(visit.getType()), cell.x + 3, cell.y + 1, true);
        gc.setClipping((Rectangle) null);
    }

    private void key(Event e) {
        if (columns.isEmpty()) {
            return;
        }
        boolean alt = (e.stateMask & SWT.ALT) != 0;
        int columnsBy = e.keyCode == SWT.ARROW_LEFT ? -1 : e.keyCode == SWT.ARROW_RIGHT ? 1 : 0;
        int slotsBy = e.keyCode == SWT.ARROW_UP ? -1 : e.keyCode == SWT.ARROW_DOWN ? 1 : 0;
        if (columnsBy == 0 && slotsBy == 0) {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                bookAtCursor();
            }
            return;
        }
        e.doit = false;
        int column = Math.max(0, Math.min(columns.size() - 1, cursorColumn + columnsBy));
        int slot = Math.max(0, Math.min(slots() - 1, cursorSlot + slotsBy));
        if (alt) { // the visit under the cursor moves, and the cursor with it
            ScheduledVisit visit = visitAt(cursorColumn, cursorSlot);
            LocalDateTime start = visit == null ? null
                    : visit.visit().getStartsAt().plusMinutes((long) slotsBy * WeekSchedule.SLOT_MINUTES);
            if (visit == null || (column == cursorColumn && slot == cursorSlot)
                    || !actions.move(visit, columns.get(column), columns.get(column).day().atTime(start.toLocalTime()))) {
                return;
            }
        }
        cursorColumn = column;
        cursorSlot = slot;
        publishCursor();
        canvas.redraw();
    }

    private void bookAtCursor() {
        if (!columns.isEmpty() && visitAt(cursorColumn, cursorSlot) == null) {
            actions.book(columns.get(cursorColumn), startOf(columns.get(cursorColumn), cursorSlot));
        }
    }

    /** The visit of column {@code index} that takes the quarter hour {@code slot}, or null. */
    private ScheduledVisit visitAt(int index, int slot) {
        LocalDateTime start = startOf(columns.get(index), slot);
        LocalDateTime end = start.plusMinutes(WeekSchedule.SLOT_MINUTES);
        return columns.get(index).visits().stream().filter(v -> v.visit().getStartsAt().isBefore(end)
                && start.isBefore(v.visit().endsAt())).findFirst().orElse(null);
    }

    /** Moves the cursor to the point; false when it lies outside the columns. */
    private boolean place(int x, int y) {
        if (columns.isEmpty() || x < gutter || y < HEADER) {
            return false;
        }
        cursorColumn = Math.min(columns.size() - 1, (int) ((x - gutter) / columnWidth()));
        cursorSlot = Math.min(slots() - 1, (int) ((y - HEADER) / slotHeight()));
        publishCursor();
        canvas.redraw();
        return true;
    }

    private void mouseDown(Event e) {
        canvas.forceFocus();
        if (e.button == 1 && place(e.x, e.y)) {
            dragged = visitAt(cursorColumn, cursorSlot);
        }
    }

    private void mouseUp(Event e) {
        ScheduledVisit moving = dragged;
        dragged = null;
        int fromColumn = cursorColumn;
        int fromSlot = cursorSlot;
        if (moving != null && e.button == 1 && place(e.x, e.y) && (cursorColumn != fromColumn || cursorSlot != fromSlot)) {
            // the visit keeps where in the quarter hour it was grabbed: the drop moves it by whole slots
            long by = (long) (cursorSlot - fromSlot) * WeekSchedule.SLOT_MINUTES;
            Column to = columns.get(cursorColumn);
            actions.move(moving, to, to.day().atTime(moving.visit().getStartsAt().toLocalTime().plusMinutes(by)));
        }
        canvas.redraw();
    }

    private void publishCursor() {
        if (columns.isEmpty()) {
            canvas.setData(CURSOR, null);
            return;
        }
        Column column = columns.get(cursorColumn);
        canvas.setData(CURSOR, column.clinicianId() + "|" + startOf(column, cursorSlot));
    }

    void dispose() {
        visitColour.dispose();
        arrivedColour.dispose();
        freeColour.dispose();
        lineColour.dispose();
    }

}
