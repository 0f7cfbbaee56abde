package atlas.patients.ui.handlers;

/** Patient > Visits of the Day. */
public class OpenDayListHandler extends OpenSchedulePartHandler {

    public OpenDayListHandler() {
        super("atlas.patients.partdescriptor.dayList");
    }
}
