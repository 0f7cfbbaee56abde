package atlas.core.diary;

import java.time.LocalDate;
import java.util.List;

import atlas.core.store.StoreException;

/** The patient's headache diary. */
public interface HeadacheDiaryService {

    HeadacheDiaryEntry record(HeadacheDiaryEntry entry) throws StoreException;

    /**
     * Records many entries (an imported diary) in one transaction: all or, on the first rejected
     * entry, none.
     */
    List<HeadacheDiaryEntry> recordAll(List<HeadacheDiaryEntry> entries) throws StoreException;

    /** Corrects an entry (a time or an intensity typed wrong); the audit trail keeps that it changed. */
    HeadacheDiaryEntry update(HeadacheDiaryEntry entry) throws StoreException;

    /**
     * Removes an entry made in error (a duplicate, a headache of another day), with the reason,
     * which the audit trail keeps together with what the entry said. Refused without a reason.
     */
    void remove(long entryId, String reason) throws StoreException;

    /** Entries starting on {@code from} up to and including {@code to}, oldest first. */
    List<HeadacheDiaryEntry> entries(long patientId, LocalDate from, LocalDate to) throws StoreException;
}
