package atlas.core.document;

import java.util.List;

import atlas.core.store.StoreException;

/**
 * The documents of patients' records, kept in the record itself: the encrypted database holds
 * each file; a plain copy exists only while it is shown or printed, in a folder Atlas empties when
 * it closes and when the user signs out (see atlas.ui.HandOut). Printed PDFs are kept by whoever
 * may read the clinical record; received files (a referral scan, an imaging report, a letter) are
 * attached by the therapist, a referral scan also by the front desk. Only whoever may read the
 * clinical record lists and opens them; keeping and opening are audited.
 */
public interface PatientDocumentService {

    /** Keeps a printed PDF in the patient's record. */
    PatientDocument keep(long patientId, DocumentKind kind, String fileName, byte[] pdf) throws StoreException;

    /**
     * Attaches a received file (PDF, JPEG or PNG, up to {@link DocumentFormat#LARGEST_BYTES}) to
     * the patient's record; a kind Atlas prints, another format or a larger file is refused naming
     * the field, nothing kept.
     */
    PatientDocument attach(long patientId, DocumentKind kind, String fileName, byte[] content) throws StoreException;

    /** The patient's documents, newest first, without their content. */
    List<DocumentSummary> listOf(long patientId) throws StoreException;

    /** One document with its content, to show it; the opening is audited. */
    PatientDocument open(long documentId) throws StoreException;

    /** The patient's documents with their content, newest first. */
    List<PatientDocument> documentsOf(long patientId) throws StoreException;
}
