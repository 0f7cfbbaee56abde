package atlas.patients.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import atlas.ui.AtlasContext;
import atlas.ui.Permitted;
import atlas.core.security.UserAccount;
import atlas.core.security.Permission;
import atlas.patients.ui.PatientRecordPart;

/**
 * A command on the patient record the user is working in: enabled only while a record part is
 * active and the signed-in role may do it, and carried out by that part, so the menu, the key and
 * the part's button do the same.
 */
abstract class ActiveRecordHandler {

    @CanExecute
    boolean aRecordIsActive(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return part != null && part.getObject() instanceof PatientRecordPart && Permitted.may(user, permission());
    }

    /** What the role must allow (the services check the same). */
    abstract Permission permission();

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        if (part.getObject() instanceof PatientRecordPart record) {
            run(record);
        }
    }

    abstract void run(PatientRecordPart record);
}
