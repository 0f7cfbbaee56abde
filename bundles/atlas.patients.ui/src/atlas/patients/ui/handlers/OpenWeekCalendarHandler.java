package atlas.patients.ui.handlers;

/** Patient > Week Calendar (issue 18). */
public class OpenWeekCalendarHandler extends OpenSchedulePartHandler {

    public OpenWeekCalendarHandler() {
        super("atlas.patients.partdescriptor.weekCalendar");
    }
}
