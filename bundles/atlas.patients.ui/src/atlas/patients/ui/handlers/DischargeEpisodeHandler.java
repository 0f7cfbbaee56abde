package atlas.patients.ui.handlers;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/**
 * Patient > Discharge Episode (issue 18): the active episode discharged and closed, then its
 * discharge summary written (Outcomes > Discharge Summary, where that area is installed), so the
 * summary is produced at discharge and kept in the record.
 */
public class DischargeEpisodeHandler extends ActiveRecordHandler {

    static final String DISCHARGE_SUMMARY = "atlas.outcomes.command.dischargeSummary";

    @Override
    Permission permission() {
        return Permission.CLINICAL_WRITE;
    }

    @Override
    void run(PatientRecordPart record) {
        record.dischargeEpisode(discharged -> { });
    }

    @Override
    void run(PatientRecordPart record, MPart part) {
        // the summary is the record part's command: its patient, its chosen visit
        IEclipseContext context = part.getContext();
        record.dischargeEpisode(discharged -> {
            ParameterizedCommand summary = context.get(ECommandService.class).createCommand(DISCHARGE_SUMMARY, null);
            EHandlerService handlers = context.get(EHandlerService.class);
            if (summary != null && handlers.canExecute(summary)) {
                handlers.executeHandler(summary);
            }
        });
    }
}
