package atlas.admin.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinic.ClinicService;
import atlas.core.dates.ClinicDates;
import atlas.fhir.FhirRecord;
import atlas.core.patient.PatientDataService;
import atlas.core.security.Permission;
import atlas.core.form.FormResponseService;
import atlas.core.security.UserAccount;
import atlas.core.store.OwnerOnly;
import atlas.reports.PatientDataExport;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;
import atlas.ui.InBackground;
import atlas.ui.Problems;

/**
 * Administration > Export Patient Data: everything Atlas holds about the patient whose record is
 * active, as an HL7 FHIR R4 Bundle ({@link FhirRecord}), for the patient's access request - by whoever may read that record (the store checks:
 * {@link Permission#EXPORT_RECORD}, audited). Written as a PDF encrypted for the patient with a
 * password made for this export and shown once, into {@code <data>/exports/}, readable by its owner
 * only: nobody else on the PC, the administrator included, reads it there.
 */
public class ExportPatientDataHandler {

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return patientId != null && user != null && user.may(Permission.EXPORT_RECORD);
    }

    @Execute
    void export(Shell shell, @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.PATIENT_NAME) String patientName, @Named(AtlasContext.USER) UserAccount user,
            @Service PatientDataService data, @Service ClinicService clinic, @Service FormResponseService forms) {
        String name = patientName == null ? "#" + patientId : patientName;
        String password = PatientDataExport.newPassword();
        // read, encrypted and written in the background: a long record takes a while
        InBackground.run(shell, Messages.export_title, () -> {
            String json = FhirRecord.json(data.export(patientId), clinic.details(), LocalDateTime.now(), forms::installed);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PatientDataExport.write(new PatientDataExport.Content(Messages.export_docTitle, name,
                    NLS.bind(Messages.export_docIssued, user.getDisplayName(),
                            ClinicDates.forPlatform().longDate(LocalDate.now())),
                    Messages.export_docNote), json, password, pdf);
            Path file = DataFolder.sub("exports").resolve("patient-" + patientId + "-" + LocalDate.now() + ".pdf");
            try {
                OwnerOnly.write(file, new ByteArrayInputStream(pdf.toByteArray()));
            } catch (IOException e) {
                throw new IOException(NLS.bind(Messages.export_failed, file + ": " + e.getMessage()), e);
            }
            return file;
        }, file -> MessageDialog.openInformation(shell, Messages.export_title, NLS.bind(Messages.export_done,
                new Object[] { file, name, password })), e -> Problems.show(shell, Messages.export_title, e));
    }
}
