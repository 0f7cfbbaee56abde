package atlas.core.note;

import java.util.List;
import java.util.Optional;

import atlas.core.store.StoreException;

/** SOAP notes: drafts, signing, addenda. */
public interface ClinicalNoteService {

    /**
     * Creates or updates a draft. Called often (autosave), so it is cheap and keeps no history.
     *
     * @throws atlas.core.store.SignedRecordException   when the note is already signed
     * @throws atlas.core.store.RecordConflictException when saved elsewhere since it was read
     */
    ClinicalNote saveDraft(ClinicalNote note) throws StoreException;

    /** Signs the note: it becomes immutable, showing who signed and when. */
    ClinicalNote sign(long noteId, long clinicianId) throws StoreException;

    /** Adds a correction to a signed note; the original stays readable as it was. */
    NoteAddendum addAddendum(long noteId, long clinicianId, String text) throws StoreException;

    Optional<ClinicalNote> noteOfVisit(long visitId) throws StoreException;

    List<NoteAddendum> addendaOf(long noteId) throws StoreException;

    /** All notes of a patient, drafts and signed, for the visit timeline ("signed or not"). */
    List<ClinicalNote> notesOf(long patientId) throws StoreException;
}
