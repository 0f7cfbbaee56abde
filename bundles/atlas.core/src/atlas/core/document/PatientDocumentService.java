package atlas.core.document;

import java.util.List;

import atlas.core.store.StoreException;

/**
 * The documents printed from patients' records, kept in the record itself: the encrypted database
 * holds each PDF; a plain copy exists only while it is shown or printed, in a folder Atlas empties
 * when it closes and when the user signs out (see atlas.ui.HandOut). Whoever may read the clinical
 * record prints and reads them; each is audited.
 */
public interface PatientDocumentService {

    /** Keeps a printed PDF in the patient's record. */
    PatientDocument keep(long patientId, DocumentKind kind, String fileName, byte[] pdf) throws StoreException;

    /** The patient's documents, newest first. */
    List<PatientDocument> documentsOf(long patientId) throws StoreException;
}
