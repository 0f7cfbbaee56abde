package atlas.patients.ui.handlers;

/** Patient > Recall List (issue 18). */
public class OpenRecallHandler extends OpenSchedulePartHandler {

    public OpenRecallHandler() {
        super("atlas.patients.partdescriptor.recall");
    }
}
