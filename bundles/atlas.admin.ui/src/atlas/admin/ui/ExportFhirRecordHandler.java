package atlas.admin.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import atlas.core.patient.PatientData;
import atlas.core.patient.PatientDataService;
import atlas.core.security.Permission;
import atlas.core.form.FormResponseService;
import atlas.core.security.UserAccount;
import atlas.core.store.OwnerOnly;
import atlas.fhir.FhirRecord;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;
import atlas.ui.InBackground;
import atlas.ui.Problems;

/**
 * Administration > Export Record as FHIR: the active patient's whole record as an HL7 FHIR R4
 * Bundle, for another clinic or system - the same as {@code atlas --export-fhir}. Written into
 * {@code <data>/exports/} readable by its owner only, never over an earlier file; who may export
 * and the audit entry are the store's ({@link Permission#EXPORT_RECORD}).
 */
public class ExportFhirRecordHandler {

    @CanExecute
    boolean aPatientIsActive(@Optional @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return patientId != null && user != null && user.may(Permission.EXPORT_RECORD);
    }

    @Execute
    void export(Shell shell, @Named(AtlasContext.PATIENT) Long patientId, @Service PatientDataService data,
            @Service ClinicService clinic, @Service FormResponseService forms) {
        InBackground.run(shell, Messages.fhir_title, () -> {
            PatientData record = data.export(patientId);
            String json = FhirRecord.json(record, clinic.details(), LocalDateTime.now(), forms::installed);
            Path file = newFile(DataFolder.sub("exports"), record.patient().getRecordNumber());
            try {
                OwnerOnly.write(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IOException(NLS.bind(Messages.export_failed, file + ": " + e.getMessage()), e);
            }
            return new Object[] { file, record.patient().getFamilyName() + ", " + record.patient().getGivenName() };
        }, written -> MessageDialog.openInformation(shell, Messages.fhir_title, NLS.bind(Messages.fhir_done, written)),
                e -> Problems.show(shell, Messages.fhir_title, e));
    }

    /** "P-0001-2026-12-03.fhir.json", or with "-2", "-3" when exported earlier the same day. */
    private static Path newFile(Path folder, String recordNumber) {
        String name = recordNumber.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + LocalDate.now();
        Path file = folder.resolve(name + ".fhir.json");
        for (int again = 2; Files.exists(file); again++) {
            file = folder.resolve(name + "-" + again + ".fhir.json");
        }
        return file;
    }
}
