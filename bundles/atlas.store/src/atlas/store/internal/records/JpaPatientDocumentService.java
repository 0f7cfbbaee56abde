package atlas.store.internal.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.document.DocumentKind;
import atlas.core.document.PatientDocument;
import atlas.core.document.PatientDocumentService;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;

/** Printed documents kept in the patient's record, on the clinical database (encrypted at rest). */
@Component(service = PatientDocumentService.class)
public class JpaPatientDocumentService extends RecordService implements PatientDocumentService {

    static final String RECORD_TYPE = "PatientDocument";
    /** A handout or report is a few pages; more is not a document Atlas printed. */
    static final int LARGEST_BYTES = 20 * 1024 * 1024;

    @Activate
    public JpaPatientDocumentService(@Reference(name = "database") ClinicalDatabase database,
            @Reference(name = "session") Session session) {
        super(database, session);
    }

    @Override
    public PatientDocument keep(long patientId, DocumentKind kind, String fileName, byte[] pdf) throws StoreException {
        require(Permission.CLINICAL_READ);
        List<FieldError> errors = new ArrayList<>();
        if (fileName == null || fileName.isBlank() || fileName.length() > PatientDocument.FILE_NAME_MAX) {
            errors.add(new FieldError("fileName", "File name", "1 to " + PatientDocument.FILE_NAME_MAX + " characters"));
        }
        if (pdf == null || pdf.length == 0 || pdf.length > LARGEST_BYTES) {
            errors.add(new FieldError("content", "Document", "a PDF of 1 byte to 20 MB"));
        }
        String by = session.user().map(u -> u.getUsername()).orElse("system");
        PatientDocument document = errors.isEmpty()
                ? new PatientDocument(patientId, kind, fileName, Instant.now(), by, pdf) : null;
        return database.write(em -> Records.create(em, document, errors, RECORD_TYPE, PatientDocument::getId, patientId,
                kind + " " + fileName));
    }

    @Override
    public List<PatientDocument> documentsOf(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT d FROM PatientDocument d WHERE d.patientId = :patient"
                + " ORDER BY d.createdAtMillis DESC, d.id DESC", PatientDocument.class).setParameter("patient", patientId)
                .getResultList());
    }
}
