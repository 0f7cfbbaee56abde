package atlas.admin.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.core.clinic.ClinicService;
import atlas.core.patient.PatientDataService;
import atlas.core.security.Permission;
import atlas.core.form.FormResponseService;
import atlas.core.security.UserAccount;
import atlas.fhir.FhirBulkExport;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;
import atlas.ui.Problems;

/**
 * Administration > Export All Records as FHIR (Bulk): every patient's record as FHIR Bulk Data, one
 * NDJSON file per resource type, into a new folder {@code <data>/exports/fhir-bulk-<time>/} -
 * the same as {@code atlas --export-fhir-all}. A progress bar counts the patients; Cancel stops it
 * and deletes what was written. Each patient's export is checked and audited by the store.
 */
public class ExportFhirBulkHandler {

    private static final java.text.NumberFormat COUNT = java.text.NumberFormat.getIntegerInstance();
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @CanExecute
    boolean mayExport(@Optional @Named(AtlasContext.USER) UserAccount user) {
        return user != null && user.may(Permission.EXPORT_RECORD);
    }

    @Execute
    void export(Shell shell, @Service PatientDataService data, @Service ClinicService clinic,
            @Service FormResponseService forms) {
        AtomicReference<FhirBulkExport.Result> written = new AtomicReference<>();
        try {
            Path folder = DataFolder.sub("exports").resolve("fhir-bulk-" + LocalDateTime.now().format(FOLDER_TIME));
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                monitor.beginTask(Messages.fhir_bulkRunning, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    written.set(FhirBulkExport.run(data, clinic.details(), folder, LocalDateTime.now(), forms::installed,
                            new FhirBulkExport.Progress() {
                                private boolean sized;

                                @Override
                                public void exported(int done, int total) {
                                    if (!sized) {
                                        monitor.beginTask(Messages.fhir_bulkRunning, total);
                                        sized = true;
                                    }
                                    monitor.worked(1);
                                    monitor.subTask(NLS.bind(Messages.fhir_bulkProgress, COUNT.format(done),
                                            COUNT.format(total)));
                                }

                                @Override
                                public boolean cancelled() {
                                    return monitor.isCanceled();
                                }
                            }));
                } catch (FhirBulkExport.Cancelled cancelled) {
                    throw new InterruptedException(cancelled.getMessage());
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            FhirBulkExport.Result result = written.get();
            MessageDialog.openInformation(shell, Messages.fhir_title, NLS.bind(Messages.fhir_bulkDone, // 10,152 / 10.152
                    new Object[] { COUNT.format(result.patients()), COUNT.format(result.total()), result.folder() }));
        } catch (InterruptedException cancelled) {
            MessageDialog.openInformation(shell, Messages.fhir_title, Messages.fhir_bulkCancelled);
        } catch (InvocationTargetException failed) {
            Problems.show(shell, Messages.fhir_title, failed.getCause() instanceof Exception cause ? cause
                    : new RuntimeException(failed.getCause()));
        } catch (java.io.IOException noFolder) {
            Problems.show(shell, Messages.fhir_title, noFolder);
        }
    }
}
