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

    HeadacheDiaryEntry update(HeadacheDiaryEntry entry) throws StoreException;

    /** Entries starting on {@code from} up to and including {@code to}, oldest first. */
    List<HeadacheDiaryEntry> entries(long patientId, LocalDate from, LocalDate to) throws StoreException;
}
