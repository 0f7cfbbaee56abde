package atlas.admin.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.patient.PatientDataService;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;

/**
 * Administration > Export Patient Data: everything Atlas holds about the patient whose record is
 * active, as one JSON file in {@code <data>/exports/}, for the patient's access request.
 */
public class ExportPatientDataHandler {

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId) {
        return patientId != null;
    }

    @Execute
    void export(Shell shell, @Named(AtlasContext.PATIENT) Long patientId, @Service PatientDataService data) {
        try {
            String json = data.exportJson(patientId);
            Path file = DataFolder.sub("exports").resolve("patient-" + patientId + "-" + LocalDate.now() + ".json");
            Files.writeString(file, json, StandardCharsets.UTF_8);
            MessageDialog.openInformation(shell, Messages.export_title, NLS.bind(Messages.export_done, file));
        } catch (atlas.core.security.AccessDeniedException e) {
            MessageDialog.openError(shell, Messages.export_title, e.getMessage());
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.export_title, e.describe() + "\n\n" + e.problem().advice());
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.export_title, NLS.bind(Messages.export_failed, e.getMessage()));
        }
    }
}
