package atlas.patients.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import atlas.core.document.PatientDocumentService;
import atlas.core.security.Permission;
import atlas.core.security.UserAccount;
import atlas.patients.ui.dialogs.DocumentsDialog;
import atlas.ui.AtlasContext;
import atlas.ui.Permitted;
import jakarta.inject.Named;

/**
 * Patient > Documents (issue 18), for the patient chosen in the list or whose record is active:
 * the therapist lists, opens and attaches; the front desk attaches a referral scan. The store
 * enforces both.
 */
public class DocumentsHandler {

    @CanExecute
    boolean mayAttach(@Optional @Named(AtlasContext.USER) UserAccount user,
            @Optional @Named(AtlasContext.PATIENT) Long patientId) {
        // whoever books visits may attach a referral scan (front desk, therapist); the dialog offers the rest by role
        return patientId != null && Permitted.may(user, Permission.VISITS);
    }

    @Execute
    void open(Shell shell, @Named(AtlasContext.USER) UserAccount user, @Named(AtlasContext.PATIENT) Long patientId,
            @Optional @Named(AtlasContext.PATIENT_NAME) String patientName, @Service PatientDocumentService documents) {
        new DocumentsDialog(shell, documents, patientId, patientName == null ? "" : patientName,
                Permitted.may(user, Permission.CLINICAL_READ)).open();
    }
}
