package atlas.store.internal.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import atlas.core.audit.AuditAction;
import atlas.core.document.DocumentFormat;
import atlas.core.document.DocumentKind;
import atlas.core.document.DocumentSummary;
import atlas.core.document.PatientDocument;
import atlas.core.document.PatientDocumentService;
import atlas.core.security.Permission;
import atlas.core.security.Session;
import atlas.core.store.ClinicalDatabase;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.store.internal.audit.AuditLog;

/** Documents printed or received, kept in the patient's record on the clinical database (encrypted at rest). */
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
        if (kind == null || kind.received()) {
            errors.add(new FieldError("kind", "Kind", "a document Atlas prints: " + printedKinds()));
        }
        errors.addAll(fileProblems(false, fileName, pdf));
        return kept(patientId, kind, fileName, pdf, errors);
    }

    @Override
    public PatientDocument attach(long patientId, DocumentKind kind, String fileName, byte[] content)
            throws StoreException {
        // a referral is the front desk's paper as much as the therapist's; the rest is clinical
        require(kind == DocumentKind.REFERRAL ? Permission.VISITS : Permission.CLINICAL_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !kind.received()) {
            errors.add(new FieldError("kind", "Kind", "a received document: REFERRAL, IMAGING_REPORT or LETTER_RECEIVED"));
        }
        errors.addAll(fileProblems(true, fileName, content));
        return kept(patientId, kind, fileName, content, errors);
    }

    /**
     * What is wrong with a file kept as a document Atlas printed ({@code received} false: a PDF of
     * up to 20 MB) or received (a PDF, JPEG or PNG of up to 10 MB whose name and first bytes agree) -
     * for a file kept here and one brought in with an imported record alike.
     */
    static List<FieldError> fileProblems(boolean received, String fileName, byte[] content) {
        List<FieldError> errors = new ArrayList<>();
        if (!received) {
            nameAndSize(fileName, content, LARGEST_BYTES, "a PDF of 1 byte to 20 MB", errors);
            return errors;
        }
        nameAndSize(fileName, content, DocumentFormat.LARGEST_BYTES, "a file of 1 byte to 10 MB", errors);
        if (errors.isEmpty() && DocumentFormat.of(fileName, content).isEmpty()) {
            errors.add(new FieldError("content", "File", "a PDF, JPEG or PNG file whose name ends in .pdf, .jpg, "
                    + ".jpeg or .png, as its content is"));
        }
        return errors;
    }

    private static void nameAndSize(String fileName, byte[] content, int largest, String allowed,
            List<FieldError> errors) {
        // the name becomes the plain copy's name when shown (HandOut): no folder may ride along with it
        if (fileName == null || fileName.isBlank() || fileName.length() > PatientDocument.FILE_NAME_MAX
                || fileName.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))
                || fileName.equals(".") || fileName.equals("..")) {
            errors.add(new FieldError("fileName", "File name", "1 to " + PatientDocument.FILE_NAME_MAX
                    + " characters, without / or \\"));
        }
        if (content == null || content.length == 0 || content.length > largest) {
            errors.add(new FieldError("content", "File", allowed));
        }
    }

    private PatientDocument kept(long patientId, DocumentKind kind, String fileName, byte[] content,
            List<FieldError> errors) throws StoreException {
        String by = session.user().map(u -> u.getUsername()).orElse("system");
        PatientDocument document = errors.isEmpty()
                ? new PatientDocument(patientId, kind, fileName, Instant.now(), by, content) : null;
        return database.write(em -> Records.create(em, document, errors, RECORD_TYPE, PatientDocument::getId,
                patientId, kind + " " + fileName));
    }

    private static String printedKinds() {
        return String.join(", ", java.util.Arrays.stream(DocumentKind.values()).filter(k -> !k.received())
                .map(Enum::name).toList());
    }

    @Override
    public List<DocumentSummary> listOf(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT d.id, d.kind, d.fileName, d.createdAtMillis, d.createdBy"
                + " FROM PatientDocument d WHERE d.patientId = :patient ORDER BY d.createdAtMillis DESC, d.id DESC",
                Object[].class).setParameter("patient", patientId).getResultStream()
                .map(row -> new DocumentSummary((Long) row[0], (DocumentKind) row[1], (String) row[2],
                        Instant.ofEpochMilli((Long) row[3]), (String) row[4]))
                .toList());
    }

    @Override
    public PatientDocument open(long documentId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.write(em -> {
            PatientDocument document = Records.existing(em, PatientDocument.class, documentId, "document");
            AuditLog.append(em, AuditAction.OPEN_RECORD, RECORD_TYPE, documentId, document.getPatientId(),
                    document.getKind() + " " + document.getFileName());
            return document;
        });
    }

    @Override
    public List<PatientDocument> documentsOf(long patientId) throws StoreException {
        require(Permission.CLINICAL_READ);
        return database.read(em -> em.createQuery("SELECT d FROM PatientDocument d WHERE d.patientId = :patient"
                + " ORDER BY d.createdAtMillis DESC, d.id DESC", PatientDocument.class).setParameter("patient", patientId)
                .getResultList());
    }
}
